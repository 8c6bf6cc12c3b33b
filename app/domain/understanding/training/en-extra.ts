import type { Intent } from "../types";
import { lines } from "./lines";

// Fourth English batch: asking for advisors/representatives by many names, "nobody answers" frustration,
// damage and wrong-item wording by product type, return-it vs return-rules, and shop questions about a
// product's properties that used to fall into `other`.
export const enExtra: Partial<Record<Intent, string[]>> = {
  greeting: lines(`
    hiya
    heya
    yo
    sup
    hello hello
    hey hey
    howdy
    hi guys
    hi folks
    hello!!
    hii
    helo
    morning all
    good afternoon team
    hey how are you doing
    hi hope you're well
    greetings
    hello how are u
    hey there how's it going
    evening
  `),
  human_agent: lines(`
    i need an advisor
    can i get a customer service advisor
    put me through to a sales representative
    i'd like a consultant please
    is there a consultant available
    i need someone to help me
    can someone help me please
    can anyone help
    is anybody there
    anyone there
    is someone there
    hello is anyone available
    is there anyone i can talk to
    i need a customer care agent
    get me a rep
    rep please
    advisor please
    representative
    i need to speak to support staff
    connect me to customer service
    transfer me to a member of your team
    i want a real employee not a bot
    this bot is useless get me someone
    a human being please
    can a staff member contact me
    can someone call me back
    i'd like to be contacted by your team
    i need an expert to look at my case
    can a manager get in touch
  `),
  complaint: lines(`
    this is the third time i'm writing
    i've written three times and nobody replied
    nobody answers my emails
    no one ever responds here
    i've been waiting days for a reply
    why does nobody get back to me
    still no answer from you
    i keep messaging and get ignored
    i've called and emailed and heard nothing
    i'm going to post a bad review
    i'll give you one star everywhere
    i'm reporting you to trading standards
    this is ridiculous i've been ignored for a week
    your customer service is nonexistent
    i'm fed up with this shop
    absolutely disgusted with how i've been treated
    i'm really angry about this
    worst shopping experience ever
    you people are hopeless
    i want to escalate this
    this is unacceptable and i want it fixed
    i feel cheated
    never ordering from you again
    i'm sick of chasing you
    still waiting on a response to my last three messages
  `),
  damaged_or_wrong_item: lines(`
    the mug arrived cracked
    the vase was in pieces when i opened it
    the frame glass is shattered
    my speaker won't switch on
    the kettle doesn't work out of the box
    the charger doesn't charge anything
    the shirt is a different colour from what i ordered
    i ordered blue and got green
    you sent the wrong size
    i ordered a medium and received a small
    there's an item missing from my parcel
    only half my order arrived
    one of the three candles is missing
    the shampoo leaked all over the box
    the bottle was leaking when it arrived
    the dress has a stain on it
    there's a mark on the sofa cover
    the trousers have a hole
    this isn't what i ordered
    you sent me someone else's order
    the wrong product came
    the lid was broken and everything spilled
    the screen is scratched
    the zip broke the first time i used it
    the lamp arrived dented
    the box was crushed and the contents damaged
    the bowl has a chip in it
    the earrings came without the backs
    the toy is faulty
    arrived broken
  `),
  return_request: lines(`
    it's not what i expected so i'd like my money back
    i'd like to exchange it for a large
    can i swap it for a different size
    please swap the small for a medium
    i want to send the boots back for a refund
    i'd like to return the rug please
    how do i send this back
    i changed my mind and want to return it
    refund me for the jumper please
    i want to return it it doesn't fit
    can i get a return label for my order
    i'd like a refund on my last order
    start a return for order 4410
    i'm not keeping it please refund
    exchange the jeans for a 32 waist
  `),
  return_policy: lines(`
    how long does a refund take to show up
    when will the refund reach my card
    how many days until i'm refunded
    do you refund shipping costs
    is there a restocking fee
    what's the time limit for returns
    can sale items be returned
    do returns cost anything
  `),
  product_question: lines(`
    is the duvet machine washable
    can the jacket go in the dryer
    is the necklace hypoallergenic
    is the watch strap leather
    how long is the scarf
    what are the measurements of the backpack
    will a 15 inch laptop fit in the backpack
    is the mug dishwasher safe
    does the lamp come with a bulb
    is the teapot ceramic or glass
    how many people does the tent sleep
    is the rug suitable for a kitchen
    what is the dress made of
    is this suitable for vegans
    does the serum contain fragrance
    is the wallet real leather
    what's the capacity of the bottle
    how heavy is the suitcase
    is the chair easy to assemble
    will the case fit a pixel 8
  `),
  shipping_info: lines(`
    how much is postage
    what does postage cost to ireland
    do you ship parcels to kenya
    do you deliver to new zealand
    is express delivery extra
    how much extra for next day delivery
    what are the delivery charges to canada
    do you post to australia
  `),
  cancel_order: lines(`
    scrap the order please
    i want to call off my order
    i'd like to pull out of my purchase
    back out of the order i placed today
    kill my order please i don't need it
  `),
  change_order: lines(`
    i made a mistake in my address
    i typed my postcode wrong
    the house number on my order is wrong
    please correct the flat number on my order
    i misspelled the street on my order
  `),
  payment_issue: lines(`
    you charged me the wrong amount
    i was billed more than the total
    the amount taken is wrong
    i got charged twice for one order
  `),
  discount_question: lines(`
    how do i use my voucher
    where do i redeem a gift voucher
    my voucher won't apply
    how do i redeem a promo code
  `),
};
