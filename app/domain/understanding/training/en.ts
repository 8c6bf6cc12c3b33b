import type { Intent } from "../types";
import { lines } from "./lines";

// Hand-written English shopper phrasings. Messy on purpose: typos, no punctuation, order numbers, emails.
export const en: Record<Intent, string[]> = {
  order_status: lines(`
    where is my order
    where's my order #1001
    wheres my package
    has my order shipped yet
    has order 1045 been shipped
    when will my order arrive
    when will i get my stuff
    when is my parcel going to be delivered
    can you track my order
    tracking number for order 2231 please
    i need the tracking info for my purchase
    what is the status of my order
    order status 55621
    status of my purchase please
    my order hasnt arrived yet
    my package still hasn't come
    i ordered 2 weeks ago and nothing arrived
    still waiting on my order
    i placed an order last week where is it
    is my order on its way
    did you send my order already
    has my purchase left the warehouse
    the tracking link doesnt work for my order
    tracking says delivered but i didnt get it
    my parcel is stuck in transit
    it says label created but nothing moved for days
    when does my order ship
    why hasnt my order shipped
    how long until my order gets here
    check on my order for me please
    can u check my order status
    order #3342 where is it
    i want to know where my delivery is
    follow my shipment
    track purchase 8890 email jane.doe@gmail.com
    my email is bob@example.com can you see where my order is
    is my package out for delivery
    expected delivery date for my order
    what day will my order be delivered
    any update on my order
    any news about my parcel
    waiting for my order for ages
    order not received yet
    i havent received my order
    havnt recieved my oder yet
    wher is my oder
    trackin my order
    need an update on order 1020
    did my order go out
    has my package been dispatched
    my order says processing for a week
    when will you ship order 77812
    i want to locate my order
    locate my package
    see the progress of my delivery
    how far is my parcel
    the courier hasnt delivered my order
    has my amazon package shipped
    find my order please
    my delivery is late where is it
    i paid for express shipping and my order still isnt here
    when will order number 4456 arrive
    order 1001 delivery status
    can you tell me when my purchase will come
    could you look up my order
    i'd like to check the status of my order
    i want to see where my parcel is right now
    is my stuff shipped
  `),
  shipping_info: lines(`
    how long does shipping take
    how long does delivery usually take
    do you ship to canada
    do you ship internationally
    do you deliver to the uk
    what are your shipping costs
    how much is shipping
    shipping cost to australia
    is shipping free
    do you offer free shipping
    free delivery over how much
    what delivery options do you have
    which shipping methods are available
    do you have express shipping
    can i get next day delivery
    what carriers do you use
    do you use ups or fedex
    do you ship to po boxes
    do you ship to alaska and hawaii
    how long does it take to ship to germany
    what are the delivery times to europe
    shipping times
    delivery times
    how fast do you ship
    how quickly do orders go out
    do you offer same day delivery
    can i pick up in store
    is local pickup available
    international shipping rates
    will i pay customs or import duties
    do you charge duties for shipping to canada
    how much does express delivery cost
    what shipping options are there
    i want to know the shipping options
    tell me about your delivery methods
    do you ship worldwide
    do u ship to mexico
    shiping to france how long
    how much for shiping to new zealand
    which countries do you ship to
    is there standard and express shipping
    do you deliver on weekends
    what is the cheapest shipping option
    what's the delivery fee
    if i order today when would it arrive in texas
    how many days for delivery to california
    do you have overnight shipping
    do you do click and collect
    can i choose a delivery time slot
    shipping policy
    what is your shipping policy
    do you ship to my country
    can you ship to a different address than billing
    do you have a minimum order for free shipping
    delivery options available
    i would like to know which delivery options you offer
    how does shipping work
    do you ship outside the us
    what are the available shipment methods
    are there any delivery options for rural areas
    do you deliver to ireland
    how long does standard shipping take
    can you ship to a parcel locker
  `),
  return_request: lines(`
    i want to return my order
    i want to return this item
    how do i return my shoes
    i'd like to send this back
    i need to return the jacket i bought
    return order 1002
    can i return the dress from order #2219
    i want a refund
    i want my money back
    refund my order please
    please refund order 3340
    i need a refund for my purchase
    give me a refund
    can i get a refund for this
    how do i get a refund
    i want to get reimbursed
    i'd like a reimbursement
    how can i get my money back
    i want to exchange this for a bigger size
    can i exchange the shirt for another color
    exchange my order
    start a return
    i need a return label
    send me a return label for order 1007
    the jeans dont fit i want to send them back
    it doesnt fit can i return it
    i changed my mind and want to return it
    i dont like it i want to return it
    returning an item
    i would like to return part of my order
    how do i send back the things i dont want
    where do i ship my return
    i want to return 2 items from my order
    i bought the wrong size and want to return it
    request refund
    requesting a refund for order 5512
    i want to claim a refund
    can you process a refund for me
    i need reimbursement for my order
    i want to be refunded
    i want a full refund
    i want to return my purchase and get my money back
    return request
    refund request order 8830 email anna@web.de
    retrun my order
    i wnat a refund
    refnd please
    how to return an item i purchased
    i want a refund for the item i returned
    can i swap this for a different size
    need to send these back
    i would like to return the gift i received
    please help me return my order
    help me get a refund
    i demand a refund
    i am entitled to a refund
    get my money back for order 1234
    i want to request a reimbursement
    how can i get reimbursed
    i want to receive a refund of my money
  `),
  return_policy: lines(`
    what is your return policy
    whats your returns policy
    how many days do i have to return something
    how long do i have to return an item
    what is the return window
    can i return sale items
    are returns free
    do you offer free returns
    who pays for return shipping
    do i have to pay for the return postage
    do you accept returns
    do you do exchanges
    what is your exchange policy
    what's your refund policy
    how does your refund policy work
    how long does a refund take
    how long until i get my refund
    when will i get the refund after returning
    can i return something without a receipt
    can i return worn items
    can i return opened items
    is it possible to return underwear
    return policy for gifts
    do you have a money back guarantee
    is there a satisfaction guarantee
    what are the conditions for a return
    what are your return conditions
    can items be returned after 30 days
    30 day return policy?
    returns policy please
    refund policy
    return policy
    exchange policy
    what items can't be returned
    are final sale items returnable
    can i return an item i bought in store online
    do you refund shipping costs
    is the shipping fee refundable
    how do returns work
    how does the return process work
    do you give store credit or refunds
    in which cases can i ask for a refund
    when am i eligible for a refund
    do you charge a restocking fee
    wat is ur return polcy
    returns info
    can i return it if i dont like it
    if it doesnt fit can i send it back
    is it possible to get a refund if i change my mind
    i want to check your refund policy
    i want to read your money back policy
    how long is the return period
    how many days is the refund window
    do you accept returns from abroad
    can i return items internationally
    refunds how long does it take to process
    do you do refunds or only exchanges
    what is the policy for returning items
    could you explain your return rules
    your terms for refunds
  `),
  cancel_order: lines(`
    cancel my order
    i want to cancel my order
    please cancel order #1003
    cancel order 4421
    can i cancel my order
    how do i cancel an order
    i need to cancel my purchase
    i want to cancel the order i just placed
    i ordered by mistake please cancel
    i placed a duplicate order please cancel one
    cancel the order i made today
    is it too late to cancel my order
    can you stop my order before it ships
    stop my order
    i dont want the order anymore cancel it
    i changed my mind cancel the order
    please dont ship my order cancel it
    cancellation of order 2290
    i want to cancel order 7781 email mike@gmail.com
    cancel purchase
    i need help cancelling an order
    help me cancel my purchase
    how can i cancel what i ordered
    cancle my order
    cancell order pls
    i wanna cancel
    can u cancel my oder
    i want to annul my order
    revoke my order
    i'd like to call off my order
    cancel the whole order
    cancel my subscription order
    i ordered the wrong thing can you cancel it
    i want to cancel before it is shipped
    is it possible to cancel order 1010
    please cancel everything
    cancel it please i found it cheaper elsewhere
    i want to withdraw my order
    can you void my order
    void order 3321
    how to cancel my purchase
    cancelling my order
    order cancellation
    i would like to cancel an order i made yesterday
    i have to cancel my order
    i need you to cancel my last order
    drop my order
    delete my order please
    i no longer need the items cancel the order
    remove my order completely
    cancel order asap
    cancel my pre order
    can i still cancel
    i want to cancel a purchase i made
    please cancel the order i placed with anna@mail.com
    i accidentally ordered twice cancel one of them
    how do i cancel my online order
  `),
  change_order: lines(`
    change my order
    i want to change my order
    can i modify my order
    i need to edit my order
    change the size in my order
    i ordered a medium but need a large can you change it
    can i change the color of my order
    add an item to my order
    can i add something to my order
    remove an item from my order
    please remove the socks from order 1004
    change the shipping address on my order
    i need to change my delivery address
    wrong address on my order
    i entered the wrong address
    update the address for order 3321
    can you send my order to a different address
    change address
    i moved please update my shipping address for the order
    change the quantity in my order
    i want 3 instead of 2
    swap the item in my order before it ships
    can i update my order
    i made a mistake in my order
    i forgot to add something to my order
    can i combine two orders
    change my order 1004 to size 10
    modify order 7712
    edit my purchase
    change items in my order
    can you replace the blue one with the red one in my order
    update my order please
    i need to update my shipping address
    fix the address on my order
    my address is wrong on order 5541
    change the delivery address to my work address
    i typed the wrong zip code in my order
    i wanna change my oder
    chnage my order
    change adress
    can i change the name on the order
    change the phone number on my order
    can i upgrade shipping on my order to express
    add gift wrap to my order
    i want to change the delivery date of my order
    i need to change the product in my purchase
    i want to modify my purchase
    help me change the items i ordered
    can i switch the size before it ships
    change my order from black to white
    i'd like to adjust my order
    edit order details
    i want to correct the shipping address
    can i alter my order
    update delivery address for order 1001 email sara@gmail.com
    can i ship my order to another address
    i need to change something in the order i placed
  `),
  product_availability: lines(`
    is this in stock
    do you have this in stock
    is the blue hoodie available
    do you have the sneakers in size 9
    is size m available
    when will this be back in stock
    when do you restock
    is the black dress sold out
    do you have it in red
    any more of these coming
    is this available in large
    do you still sell the leather wallet
    out of stock when back
    will you restock the wool socks
    do you have size 42
    is it available in other colors
    do you carry this in xl
    i want to buy the green jacket but its sold out
    can i preorder
    can i pre order the new collection
    notify me when it is back in stock
    how many do you have left
    do you have enough for 10 pieces
    are there any left
    is the organic tea available
    is this item available
    still available?
    do you have the classic mug
    in stock?
    is the ceramic vase in stock
    do u have this in size small
    hav u got these in stock
    do you have it in my size
    is the 500ml bottle available
    whens the restock
    is the summer dress coming back
    can i still buy the limited edition
    are you getting more of the canvas bag
    is the product available to order
    available in blue?
    do you stock the running shoes
    do you sell gift cards
    is the xs size in stock for the linen shirt
    do you have any of the candles left
    the hoodie says unavailable will it come back
    when will size 8 be available
    do you have this in a kids size
    is it in stock in your warehouse
    can i buy this now or is it sold out
    check availability for the backpack
    availability of the wireless headphones
  `),
  product_question: lines(`
    what is this made of
    what material is the hoodie
    is this dress 100 percent cotton
    what are the dimensions of the table
    how big is the backpack
    how do i wash this
    can i put it in the dryer
    is it machine washable
    does this run small
    does the shirt fit true to size
    what size should i get
    i'm 5'10 what size do you recommend
    size guide please
    do you have a size chart
    is it waterproof
    is the bottle dishwasher safe
    is it vegan
    is this product organic
    does it contain nuts
    what are the ingredients
    is it suitable for sensitive skin
    how long does the battery last
    is it compatible with iphone
    does it come with a charger
    how do i use this
    how do i assemble the chair
    is there a warranty
    what is the warranty on this product
    how much does it weigh
    where is this made
    is it handmade
    what is the difference between the two models
    which one is better for running
    can you recommend a gift for my mom
    what do you recommend for dry skin
    is this good for beginners
    how much does the lamp cost
    what is the price of this
    does the mug keep drinks hot
    what color is it exactly
    is the leather real
    does it shrink after washing
    hows the sizing on these jeans
    how long are the sleeves
    what's the length of the dress
    is it heavy
    can i engrave it
    does it come in a gift box
    is the product safe for kids
    how many ml is the bottle
    what voltage does it use
    tell me more about this product
    more info about the candle please
    does this hoodie have pockets
    is it see through
    what fabric
    is this jacket warm enough for winter
  `),
  payment_issue: lines(`
    my card was declined
    my payment failed
    payment didnt go through
    i was charged twice
    you charged me twice for order 1005
    double charged
    i got charged but didnt get an order confirmation
    i cant pay
    i can't complete my payment
    checkout keeps failing
    the payment page gives an error
    problem with payment
    i have a problem with my payment
    there is an issue with the payment
    i want to report a payment problem
    which payment methods do you accept
    do you take paypal
    can i pay with apple pay
    do you accept klarna
    can i pay in installments
    do you take amex
    can i pay by bank transfer
    can i pay cash on delivery
    my credit card is not accepted
    the charge on my card is wrong
    you took money from my account but no order
    there is an unknown charge on my statement
    i was overcharged
    i paid more than the price shown
    my paypal payment is pending
    why was my card charged
    payment error at checkout
    error when paying
    cant pay with my visa
    my debit card keeps getting rejected
    i got an error when i tried to pay
    payment not working
    i tried to pay 3 times and it fails
    the money left my account but the order says unpaid
    charged wrong amount
    my bank says the payment was blocked
    payment was taken twice for order 7788
    pament failed
    paymnt problem
    my card got declind
    is it safe to pay with card here
    do you accept gift cards as payment
    can i split the payment between two cards
    the 3d secure code never arrived
    i can't enter my card details
    the pay button does nothing
    why is my payment pending
    i need help with a payment
    there was a problem processing my card
    i want to report an issue with a payment
    can you help me with a payment issue
    problems paying for my order
  `),
  discount_question: lines(`
    do you have any discount codes
    my discount code doesnt work
    the promo code is not working
    coupon code invalid
    is there a sale going on
    do you have a student discount
    can i get a discount
    how do i use a discount code
    where do i enter my promo code
    i forgot to apply my coupon can you refund the difference
    do you have a first order discount
    is there a code for new customers
    the voucher says expired
    can i use two discount codes
    any promotions right now
    when is your next sale
    do you do black friday deals
    is there a discount for buying in bulk
    do you offer military discount
    the 10% off code didnt apply
    my code SAVE20 isnt working
    welcome code not working
    the newsletter discount never arrived
    do you have a loyalty program
    how do i get reward points
    can i use my points for a discount
    price match
    do you price match
    the item went on sale after i bought it can i get the difference
    promo code
    discount code
    any coupons
    any deals today
    do you have free shipping codes
    disount code not working
    cupon pls
    is there a referral discount
    can i combine the sale price with a coupon
    the discount wasnt applied at checkout
    where can i find a promo code
    is the sale price still valid
    is there a birthday discount
    do you have a gift with purchase offer
    are there discounts for teachers
    my gift card balance
    how much is left on my gift card
    why is my coupon not valid
    can you give me a discount
    the code says minimum order not met
    how much is the discount
  `),
  damaged_or_wrong_item: lines(`
    my item arrived damaged
    the package arrived broken
    the mug was broken when it arrived
    the box was crushed and the product is damaged
    i received the wrong item
    you sent me the wrong size
    i ordered a medium and got a small
    wrong color sent
    this is not what i ordered
    i got someone else's order
    an item is missing from my order
    my order is missing a product
    only 2 of 3 items arrived
    the package was empty
    the parcel arrived open and items are missing
    the glass was shattered
    the screen is cracked out of the box
    it doesnt work out of the box
    it arrived defective
    the product is faulty
    the zipper broke on the first day
    the seam is ripped
    there is a stain on the shirt i received
    the shoes have a hole
    the item is scratched
    the lid is broken
    the bottle leaked all over the box
    it came dented
    half the parts are missing
    the charger is missing from the box
    received the wrong product in order 1006
    order #2201 arrived damaged
    my order came smashed
    box arrived wet and the book is ruined
    the food arrived spoiled
    the flowers were dead on arrival
    i got two left shoes
    you sent blue instead of black
    wrong item in my package
    the item i received is different from the picture
    the product is used not new
    it stopped working after 2 days
    its broken
    it's damaged
    got a damaged product
    recieved broken item
    dammaged on arrival
    the delivery was damaged
    the courier destroyed my package
    the vase came in pieces
    your delivery arrived all crushed
    the item came in bad shape
    the parcel got wrecked in shipping
    i got a faulty one
    the size on the label is wrong
    not the item i paid for
    missing items in my delivery
    i'm missing one item from order 4455
    it arrived torn
  `),
  complaint: lines(`
    i want to make a complaint
    i want to file a complaint
    i'd like to complain about your service
    your customer service is terrible
    this is the worst shop ever
    i am very unhappy with your service
    i'm really disappointed with this store
    this is unacceptable
    this is unacceptable i'm furious
    i'm so angry with how i've been treated
    nobody answers my emails
    i've been waiting for a reply for a week
    your staff was rude to me
    i'm not satisfied with the service
    i am dissatisfied
    worst experience ever
    you are a scam
    this shop is a joke
    i will never buy from you again
    i'm going to report you
    i will leave a bad review everywhere
    i will dispute the charge with my bank if you dont fix this
    how do i lodge a complaint
    where can i file a claim against your company
    i need to make a formal complaint
    complaint about an employee
    i have a grievance
    i'm fed up with your company
    you people are useless
    terrible service
    awful customer support
    this is ridiculous
    i'm extremely frustrated
    i'm sick of waiting for answers
    you keep ignoring me
    i have been lied to
    you promised a callback and never called
    your website is a mess and i'm annoyed
    not happy at all
    very bad experience with your shop
    poor service
    this is a disgrace
    shame on you
    i've been a customer for years and this is how you treat me
    complain
    complaint
    i want to complain
    i wanna complane
    compliant about delivery service
    the way you handled my problem is appalling
    this company is a rip off
    i feel cheated
    your support is a nightmare
    i'm really upset about how this was handled
    horrible service from your team
    i'm disgusted with your service
    you ruined my day
    i want to escalate my complaint
  `),
  human_agent: lines(`
    i want to talk to a human
    can i speak to a person
    let me talk to a real person
    i need to speak with an agent
    connect me to an agent
    transfer me to a human
    human please
    agent
    real person
    representative
    can i talk to customer service
    i want to speak to someone
    is there anyone i can talk to
    get me a human
    i dont want to talk to a bot
    stop the bot i want a person
    are you a robot? i need a human
    speak to a representative
    talk to someone from your team
    put me through to a live agent
    live chat with a human
    i want to chat with a real agent
    customer service representative please
    can someone call me
    can i have a phone call with someone
    what is your phone number
    how can i contact you
    how do i contact customer support
    i need a human being
    operator
    can i speak with the manager
    i want to talk to your manager
    please let a staff member answer
    is a person available
    i need to talk to somebody
    connect me with support staff
    talk to human
    speak with human
    i need help from a real person
    can a human help me
    hand me over to a person
    escalate to a human agent
    i prefer talking to a person
    agent please
    human agent
    talk to a live person
    customer care person
    get me someone who can actually help
    can i get an actual person
    i'd like to chat with a support agent
    how do i reach a human
    is there a live agent i can speak with
    i want to speak to a real human now
    tlk to human
    spek to agent
    let me speak with a customer service agent
  `),
  account: lines(`
    i cant log in
    i can't log into my account
    i forgot my password
    reset my password
    how do i reset my password
    password reset link doesnt work
    i didnt get the password reset email
    how do i create an account
    i want to create an account
    sign up
    how do i register
    registration doesnt work
    i can't register
    i get an error when signing up
    delete my account
    i want to delete my account
    please close my account
    remove my account and data
    how do i change my email address on my account
    change my account email
    update my account details
    edit my profile
    change my name on my account
    how do i change my password
    my account is locked
    my account was hacked
    someone else is using my account
    i have two accounts can you merge them
    do i need an account to order
    can i order as a guest
    login problem
    log in not working
    account problems
    i cannot access my account
    verification email never arrived
    i didnt get the activation email
    how do i verify my account
    switch to a different account
    how do i switch accounts
    i want to switch to the premium account
    upgrade my account
    how do i open an account
    make an account for me
    change my saved address in my account
    update my account info email joe@gmail.com
    my login doesnt work with john.smith@outlook.com
    forgot pasword
    cant sign in
    pasword not working
    acount locked
    i want to unsubscribe and delete my profile
    where can i see my account settings
    how to edit my account
    recover my account
    i lost access to my account
    my username is wrong
    two factor code not arriving
    i want to change my user profile
    help with my account
    i need help creating a new account
    problems registering
  `),
  greeting: lines(`
    hi
    hello
    hey
    hey there
    hi there
    good afternoon
    good evening
    hello?
    hiya
    yo
    howdy
    hi how are you
    hello anyone there
    is anyone there
    hi!
    helloo
    heyyy
    morning
    greetings
    hi team
    hello good day
    sup
    hi bot
    hey how's it going
    ok
    okay
    thanks
    thank you
    thank you so much
    thx
    great thanks
    cool
    bye
    goodbye
    see you
    ok thanks bye
    perfect thank you
    thanks for your help
    awesome thanks
    got it
    alright
    nice
    cheers
    help
  `),
  other: lines(`
    what's the weather like today
    tell me a joke
    what is the meaning of life
    how do i make pancakes
    give me a recipe for lasagna
    who won the football game
    what time is it in tokyo
    can you help me with my homework
    what's 2 plus 2
    who is the president
    play some music
    write me a poem
    what is the capital of france
    how tall is mount everest
    do you like pizza
    are you married
    what's your favorite movie
    translate hello into japanese
    set an alarm for 7am
    book me a flight to paris
    what is bitcoin worth
    how do i fix my car
    recommend a good book
    how to lose weight fast
    what should i cook for dinner
    what is the speed of light
    are you sentient
    i want to leave a review
    how do i write a review for a product
    i'd like to give feedback about your shop
    where can i leave feedback
    i love your products keep it up
    great store love the quality
    i want to share my opinion about your service
    can i rate my purchase
    submit a product review
    i want to post a review of your service
    your website looks nice
    do you have a blog
    are you hiring
    i want to work for you
    do you have job openings
    can i become an affiliate
    i want to sell my products in your store
    i'm a supplier and want to partner
    do you have a physical store
    what are your opening hours
    where are you located
    who owns this company
    is this company sustainable
    do you have an instagram
    subscribe me to the newsletter
    unsubscribe me from emails
    stop sending me marketing emails
    can i get an invoice
    i need a receipt for my purchase
    send me the invoice for order 1010
    asdfgh
    test
    blah blah
    lol
    ???
    how old are you
    what's your name
    what can you do
    are you chatgpt
    how is the stock market doing
    tell me about the history of rome
    whats a good movie on netflix
    my cat is sick what do i do
    how do i change a tire
    can you call my mom
  `),
};
