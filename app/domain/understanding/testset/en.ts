import type { Intent } from "../types";
import { lines } from "../training/lines";

// Held-out English phrasings: never used for training; written separately from training/en.ts.
export const en: Record<Intent, string[]> = {
  order_status: lines(`
    hey any idea where my parcel is at
    order 5521 hasn't shown up yet
    its been 10 days and my package is nowhere
    can you give me an eta on my order
    did you guys ship my stuff or not
    whats happening with order #8812
    i never got my delivery
    my tracking hasnt updated since monday
    when am i getting my order lol
    is order 1188 coming today
    tracking number please, bought the lamp last week
    i ordered on the 3rd and still nothing
  `),
  shipping_info: lines(`
    how many business days is delivery usually
    can you deliver to norway
    whats the postage cost to the uk
    is there a fee for express
    do you send parcels to south africa
    how quick is standard delivery to spain
    do you offer tracked shipping
    what courier do you ship with
    free shipping threshold?
    do you ship to hong kong and how much
    if i buy today how soon would it get to new york
    is international delivery available
  `),
  return_request: lines(`
    these boots are too tight i want to send them back
    how do i get my money back for order 2231
    i would like to return the coat please
    can i have a refund for the lamp, it's not what i expected
    return my purchase pls
    i'd like to swap the m for an l
    im sending back the dress how do i do that
    i want to return everything from my last order
    can you refund me
    i need to send back a gift
    please arrange a return for order 6612
    i want to exchange my sneakers
  `),
  return_policy: lines(`
    how long is your return period
    do i pay postage on returns
    can i return something after 2 months
    are clearance items refundable
    how soon do refunds hit my account
    what's the policy on exchanges
    do you refund original shipping
    can swimwear be returned
    is there a time limit for returns
    what is your refund policy for damaged boxes
    return rules?
    do you take back items bought on sale
  `),
  cancel_order: lines(`
    please cancel my last purchase
    i dont need order 4410 anymore please cancel it
    cancel it i ordered the wrong colour
    could you cancel my order before you send it
    i want to scrap my order
    is there still time to cancel
    cancel #9921
    i would like to cancel the order i made an hour ago
    please stop order 1212 i don't want it
    how can i cancel the purchase i just made
    cancel the order i placed with tom@gmail.com
    i want to back out of my order
  `),
  change_order: lines(`
    i put the wrong apartment number can you fix it
    can i add one more shirt to my order
    please change the size on order 3312 to large
    can i switch the color to green on my order
    i need my order delivered to my office instead
    remove the candle from my order please
    can the shipping address be updated
    i need to edit the items in my purchase
    i made a typo in my street name
    can i change my order from 2 to 4 units
    update the address on order 1999 please
    i want to add a gift message to my order
  `),
  product_availability: lines(`
    are the grey joggers back in stock
    will you have the large size again
    do you have any of the blue mugs left
    is the scarf still available
    when can i buy the sold out jacket
    do you have this in a size 11
    any stock of the travel pillow
    is the medium available in black
    is the bamboo toothbrush in stock
    will the winter coat be restocked
    is there any left in small
    can i still get the limited candle
  `),
  product_question: lines(`
    is the hoodie thick or thin
    how long is the cable on the charger
    what size would fit a 10 year old
    is the tote bag big enough for a laptop
    can the candle burn for long
    is the blanket washable
    what are the shoes made of
    does the watch have a warranty
    is the serum ok for oily skin
    how does this jacket fit, true to size?
    do the earrings contain nickel
    what are the measurements of the rug
  `),
  payment_issue: lines(`
    it keeps saying my card is invalid
    i was charged 3 times for one order
    why wont my payment go through
    can i pay with google pay
    my bank shows a charge but i have no order
    payment keeps failing at the last step
    do you take mastercard
    i have an issue paying with paypal
    the checkout rejected my card twice
    you billed me the wrong amount
    can i pay later with afterpay
    i paid but the order says payment pending
  `),
  discount_question: lines(`
    is there a promo for first time buyers
    my coupon doesn't work at checkout
    got any discount for me
    the code WELCOME10 says invalid
    do you have a sale on this weekend
    can i apply a discount after ordering
    is there a discount for nurses
    how do i redeem my voucher
    are there any offers on now
    my discount disappeared at checkout
    any codes for free delivery
    do you have bundle discounts
  `),
  damaged_or_wrong_item: lines(`
    the plate was cracked when i opened the box
    you sent me a size 8 not a 10
    there was nothing in the box
    my order came with the wrong item inside
    one of the glasses is broken
    the headphones dont turn on at all
    the package was soaked and the shirt is ruined
    the item i got has a big scratch
    i received only one shoe
    the jacket is the wrong colour
    the seal on the jar was broken on arrival
    my blender arrived with a cracked jug
  `),
  complaint: lines(`
    i am really unhappy with how you treated me
    your service has been awful from start to finish
    this is the third time i'm writing and nobody cares
    honestly the worst customer experience i've had
    im so disappointed in this company
    i want to report a problem with your staff
    your support team is incompetent
    i'm not happy with the service at all
    this is outrageous
    i'm going to leave a 1 star review
    how do i file a formal complaint
    i feel really let down by your shop
  `),
  human_agent: lines(`
    can i chat with a real human please
    put me through to someone
    i'd rather talk to a person
    is there a human i can speak to
    agent now
    i need a representative
    connect me to customer support
    let me speak to a real agent
    can i call someone
    i want a human to look at this
    speak to somebody please
    get a person on the chat
  `),
  account: lines(`
    my password isnt working
    how do i sign up for an account
    i can't get into my account
    please remove my account
    change the email on my profile
    the login page keeps giving an error
    i never received the confirmation email for my account
    how can i delete my user profile
    i want to change my account password
    my account got blocked
    i need to recover my login
    how do i update my personal details
  `),
  greeting: lines(`
    hello there
    hi hi
    good morning!
    hey whats up
    hello, anybody here?
    thanks a lot
    ok cool thanks
    hiii
    good day
    hey, can you help
    thank u
    bye bye
  `),
  other: lines(`
    what is the best pizza in town
    can you sing a song
    who invented the telephone
    how many legs does a spider have
    what's the weather tomorrow
    tell me something funny
    how do i bake bread
    what's the population of canada
    i want to write a review of the shop
    i just wanted to say your products are lovely
    do you have a store in london
    can i work at your company
  `),
};
