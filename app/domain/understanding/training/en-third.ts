import type { Intent } from "../types";
import { lines } from "./lines";

// Third English batch: boundary cases written after reading our own eval's confusion counts (review vs complaint,
// account edits vs order edits, closing an account vs cancelling an order, policy questions vs refund requests,
// everyday "when/where/how long" questions that are not about an order).

const FEEDBACK_VERBS = ["leave", "write", "submit", "send", "post", "give", "share", "add"];
const FEEDBACK_OBJECTS = ["a review", "some feedback", "my feedback", "a comment", "a rating", "my opinion", "a testimonial"];
const FEEDBACK_TARGETS = ["", " about your service", " for a product", " about the product i bought", " on your site", " about my experience"];
const FEEDBACK_FRAMES = ["i want to {v} {o}{t}", "how can i {v} {o}{t}", "where do i {v} {o}{t}", "i'd like to {v} {o}{t}", "can i {v} {o}{t}"];

/** Feedback and reviews are `other`: they need no answer beyond a thank-you and must not look like complaints. */
function feedbackPhrases(): string[] {
  const out: string[] = [];
  let k = 0;
  for (const v of FEEDBACK_VERBS) {
    for (const o of FEEDBACK_OBJECTS) {
      const frame = FEEDBACK_FRAMES[k % FEEDBACK_FRAMES.length];
      const t = FEEDBACK_TARGETS[k % FEEDBACK_TARGETS.length];
      out.push(frame.replace("{v}", v).replace("{o}", o).replace("{t}", t));
      k++;
    }
  }
  return out;
}

export const enThird: Partial<Record<Intent, string[]>> = {
  other: [
    ...feedbackPhrases(),
    ...lines(`
      i want to tell you how much i liked your service
      where can i see the reviews
      how do i rate a product
      is there a feedback form
      i'd like to evaluate your service
      rate my experience
      i want to recommend you to my friends
      when is my flight
      where is the nearest gas station
      how long do i cook rice
      what is the status of my visa application
      when does the bank open
      where did i park my car
      how long will it take to drive to chicago
      when is the next train to boston
      how do i track my steps
      where can i find a good dentist
      how long does it take to learn piano
      when is the deadline for taxes
      check my credit card balance
      what's my account balance at the bank
      how do i apply for a loan
      is my insurance claim approved
      what is the interest rate on my savings
      how much should i tip
      what are the best things to do in paris
      book a table for two
      order a pizza for me
      call an uber
      what's the score of the game
      how do i cancel my gym membership
      how do i change my car's oil
      when is my doctor's appointment
      set a timer for 10 minutes
      what is the gdp of japan
      how to say goodbye in italian
      find my phone
      what song is this
      who is the richest person
      is it safe to travel to egypt
      what's a good gift for a 5 year old
      how many days until christmas
      can you text my friend
      what's the capital of australia
      how do i make a cocktail
      share your thoughts on the news
    `),
  ],
  complaint: lines(`
    i want to make a claim about the service
    i have a complaint regarding one of your employees
    i need to file a grievance
    i want to submit a formal claim
    where do i lodge a claim against you
    i want to report how badly i was treated
    i'm not pleased with the way you handled this
    the service i got was really bad
    i'm very dissatisfied with your company
    i want to express my dissatisfaction
    i'm complaining because nobody helps me
  `),
  account: lines(`
    i want to modify my personal details
    help me update my profile information
    i need to edit the data on my account
    how do i change my personal info
    i'd like to update the details of my user account
    change my phone number in my profile
    update my billing info in my account
    i want to cancel my user profile
    terminate my membership account
    remove my profile
    i want to close my online account
    how do i get rid of my account
    i lost my pin
    i can't remember my login details
    i need a new password for my account
    password recovery
    i need to restore my access
    help me retrieve my account password
    the sign up form gives an error
    i couldn't complete the registration
    i'm having trouble opening an account
    i don't know how to register
    i'd like to open a new user account
    how can i create a profile
    i want to switch users
    change to a premium membership
    can i have two profiles
    i'm having issues with my account
  `),
  return_policy: lines(`
    in what situations can i get a refund
    when can i ask for my money back
    am i allowed to request a refund
    do i have the right to a refund
    i'd like to know your refund policy
    tell me about your money back guarantee
    could you explain how refunds work
    what's your policy on reimbursements
    is there a refund guarantee
    can you tell me if i'm entitled to a refund
  `),
  return_request: lines(`
    i'd like to ask for a refund
    i need my money back please
    can you give me a refund for order 3321
    i want to receive a reimbursement
    please reimburse me
    i need you to refund me
    i'm requesting my money back
    i want the refund for my purchase
  `),
  shipping_info: lines(`
    i want to check your delivery options
    help me see your shipping methods
    what kind of shipment options are there
    i need information about delivery methods
    can i see which delivery options are available
    show me the shipping options
    what are my delivery choices
    list your shipping options
  `),
  payment_issue: lines(`
    i need to report a problem with a payment
    i'm having trouble paying
    there is an error with my payment can you help
    i couldn't pay for my purchase
    my payment was rejected
    i have an issue with a charge
  `),
  order_status: lines(`
    i want to know the status of my delivery
    how can i see where my order is
    what's going on with my order
    i'd like to track my package
    help me check my order status
    can i see my shipment status
  `),
  human_agent: lines(`
    i want to talk with customer support
    i need a live agent
    i would like to speak with someone from customer service
  `),
};
