import type { Intent } from "../types";
import { lines } from "./lines";

// Second batch of English phrasings: "purchase"/"buy" wording, help-seeking openers, formal and wordy requests,
// and a much wider `other` (out-of-scope small talk and everyday questions) so unrelated text is not forced
// into a shop intent.
export const enMore: Partial<Record<Intent, string[]>> = {
  order_status: lines(`
    could you help me find out where my purchase is
    i need assistance tracking something i bought
    what's the current status of the purchase i made
    where can i see the status of my purchase
    has the item i bought been sent
    i'd like information on where my shipment is
    is there a way to track what i purchased
    i want to check on a purchase i made last week
    help me locate the things i bought
  `),
  shipping_info: lines(`
    which shipping methods can i choose from
    what ways of delivery do you offer
    i'd like information about your delivery options
    can you tell me the available shipping methods
    help me see what shipment options you have
    do you have different shipping speeds
  `),
  return_request: lines(`
    i'd like to get my money back for something i bought
    help me obtain a refund for my purchase
    can i be reimbursed for the item i purchased
    i need assistance getting a refund
    i want the money for my purchase returned to me
    could you give me my money back
    i'm asking for a refund of what i paid
    need to return something i bought and get refunded
  `),
  return_policy: lines(`
    can you tell me what your refund rules are
    i'd like information about the money back guarantee
    under what conditions do you give refunds
    help me understand your return and refund policy
    where can i read about refunds
    what does your reimbursement policy say
  `),
  cancel_order: lines(`
    i want to cancel a purchase i made
    help me cancel something i bought
    i need assistance cancelling my purchase
    could you cancel the purchase i made this morning
    how can i call off a purchase
  `),
  change_order: lines(`
    i need to modify a purchase i made
    help me edit the purchase i just made
    i'd like to update the items in my purchase
    can i change the delivery address of my purchase
    i need to correct the shipping address i gave
    could you help me swap an item in my purchase
    i want to replace one product in my order with another
  `),
  payment_issue: lines(`
    i need help with a payment problem
    something went wrong when i paid
    i'd like to report an error with my payment
    my payment isn't going through can you help
  `),
  damaged_or_wrong_item: lines(`
    the product i bought arrived broken
    the item i purchased came damaged
    my delivery arrived in terrible condition
    my package was damaged during shipping
    the goods were damaged in transit
    the parcel was crushed during delivery and the item inside is broken
    what do i do if my order arrived damaged
    the shipment came damaged
    i received a damaged package
    my item was broken in the post
  `),
  complaint: lines(`
    i'd like to lodge a complaint about the service i received
    how can i file a claim about my experience
    i need to report a bad experience with your company
    i want to submit a complaint
    where do i send a complaint
    i need to register a complaint
    i'm making a complaint about your service
  `),
  human_agent: lines(`
    could i speak with one of your agents
    i'd like to be connected to a live person
    is it possible to talk to an actual agent
    help me reach a member of your support team
  `),
  account: lines(`
    cancel my account
    i want to terminate my account
    close my user account please
    i want to switch to the gold account
    how do i change my account type
    move me from the free account to the pro account
    upgrade to a platinum account
    downgrade my account
    i need help signing up
    i can't open a new account
    help me recover my password
    i need to retrieve my password
    i'd like to modify my account information
    help me edit my profile details
    i'm having problems with my registration
    i can't finish signing up
    how do i set up a user account
    help me delete my account
    i want to use another account
    how do i change to a different user
  `),
  greeting: lines(`
    hello hello
    hey hey
    good morning team
    hi, hope you're well
    evening
    hey there!
    thanks so much!
    ty
    ok bye
    have a nice day
    thank you, that's all
    hi good afternoon
    hello how are you doing
    hi good morning how are you
    thanks that helped
  `),
  product_availability: lines(`
    do you have the linen pants in beige
    is the wool beanie available again
    is the 3 pack of socks in stock
    will the yoga mat come back soon
    do u have any large left of the rain jacket
    have you got the desk lamp in white
    is the kids raincoat available in age 6
    i can't add the scarf to cart is it out of stock
    are the earrings still available
    when are you getting the tote bags back
    is the travel mug sold out for good
    can i still order the christmas sweater
  `),
  product_question: lines(`
    is the sweater itchy
    does the lamp come with a bulb
    how many people does the tent fit
    can the pan go in the oven
    what's the thread count of the sheets
    is the necklace real silver
    does the backpack fit a 15 inch laptop
    whats the heel height on these boots
    are the candles scented
    is this safe for pets
  `),
  discount_question: lines(`
    got any promo codes for me
    is there a code for 20 percent off
    do you have a coupon for returning customers
    the sale price didnt show at checkout
    can i stack my voucher with the sale
    do you send discount codes by email
    is there any offer for orders over 100
    my student code got rejected
    can you apply the discount to my last order
    when do your sales usually start
    whats the best deal right now
  `),
  other: lines(`
    i want to leave feedback about your service
    where can i write my opinion about a product
    how do i submit feedback
    can i review the item i bought
    i want to rate your customer service
    i'd like to tell you what i think of your website
    i want to write a comment about your products
    leave a rating
    how can i give my opinion on your company
    i want to send a suggestion
    what is the exchange rate for euros to dollars
    how do i reset my router
    what is the best way to learn spanish
    how many calories are in a banana
    what's the distance to the moon
    remind me to call my dentist
    add milk to my shopping list
    what's on my calendar today
    how do i get to the airport
    find me a hotel in rome
    what is my bank balance
    transfer money to my savings
    how do i improve my credit score
    what's the traffic like
    turn off the lights
    what does the word serendipity mean
    spell necessary
    flip a coin
    roll a dice
    give me a random number
    how do you say thank you in german
    what's the square root of 144
    who wrote hamlet
    what year did ww2 end
    how do i plant tomatoes
    what is a good name for a dog
    i'm bored
    i'm feeling sad today
    do you dream
    are you a real person or a robot
    how does photosynthesis work
    what's the best phone to buy
    when is the next full moon
    what time does the sun set
    how long should i boil an egg
    can you recommend a restaurant nearby
    what's the wifi password
    how do i take a screenshot
    what is the news today
    tell me a fun fact
    what's your favourite colour
    do you know any good podcasts
    how do i meditate
    what should i name my startup
    convert 10 miles to km
    what's the time difference with london
    where can i watch the match
    how do i renew my passport
    what vaccines do i need for thailand
    my flight got delayed what now
    what's the minimum wage
    how do i file my taxes
    how old is the universe
    what is love
    sing happy birthday
    can you speak french
    i like turtles
    whats up with the weather this weekend
    what is the best programming language
    how do i get rid of hiccups
    what are the symptoms of flu
    is it going to rain
    goodnight moon
  `),
};
