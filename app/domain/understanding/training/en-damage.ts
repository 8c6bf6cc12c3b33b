import type { Intent } from "../types";
import { lines } from "./lines";

// Fifth English batch, damage and wrong items: wrong colour/model/someone else's parcel, damaged packaging with
// damaged contents, "how do I report / who do I contact / what now" questions, typos, anger and run-on messages.
// A first draft also had ~70 "the <product> arrived <damage>" lines and bare fragments ("dented", "leaking");
// they made product nouns and single words pull ordinary messages into this intent (precision fell by half on
// the evaluation set), so this batch leans on the damage itself rather than on what was damaged.
export const enDamage: Partial<Record<Intent, string[]>> = {
  damaged_or_wrong_item: lines(`
    the shoes are two different sizes
    i ordered black and received navy
    i picked the red one and the grey one came
    the colour is completely different from the one i chose
    wrong flavour in the box i asked for vanilla
    i ordered the unscented one and this is lavender
    i ordered the 500ml and got the 100ml
    wrong model i ordered the pro version
    this is the old version not the one i paid for
    you sent a totally different product
    the item in the box doesn't match my order confirmation
    the label says my order but the thing inside is not mine
    i received a parcel with another person's name on it
    this package is addressed to someone else
    i think i got somebody else's parcel by mistake
    someone else's items were in my box
    the parcel i got belongs to a different customer
    the box was ripped open and the contents are damaged
    the packaging was soaked and the item inside is ruined
    the box was caved in and the product is bent
    the outer box was torn and one item fell out
    the tape had been cut and things were missing
    the package looked like it had been run over and the item is smashed
    the box had a hole in it and the product is scratched
    everything was thrown loose in the box and it's all broken
    there was no padding at all so it arrived cracked
    the parcel was wet and the contents are mouldy
    it arrived rusty
    the fabric is faded and discoloured in patches
    the product looks used and has marks on it
    the seal was already broken when i got it
    the bottle was open and half empty
    the food was past its expiry date when it arrived
    the frozen items had thawed when they arrived
    how do i report a damaged item
    how do i report that my order came broken
    how do i report a missing part
    what should i do now that my order arrived damaged
    what do i do if i got the wrong size
    what do i do the box came crushed and the item is broken
    who do i contact about a broken product
    who should i speak to about receiving the wrong item
    where do i send photos of the damage
    do you need pictures of the broken item
    i have photos of the damage where should i send them
    can i get a replacement for the one that came broken
    will you send a new one the one i got is cracked
    can you send the missing piece
    can you send me the right colour instead
    i want the correct item sent out
    is there a way to report a faulty product
    is the broken item covered
    my order is damaged what now
    got the wrong thing what now
    recieved the wrong item
    wrong iteam sent
    it came brokn
    its all smashd
    the glas is crakced
    items missin from my ordr
    i got sent the wrong sise
    damged product
    the box was crushd and the thing insde is broke
    wrong colur
    you guys sent the wrong stuff
    what the hell it arrived smashed
    wtf the screen is cracked
    are you kidding me it's broken again
    this is a joke the box was empty
    absolutely furious the vase came in pieces
    i'm so angry the gift i ordered arrived ruined
    the damn thing arrived broken
    it came broken as hell
    this crap arrived cracked
    what the f is this you sent me the wrong size
    seriously the second one also arrived damaged
    paid all that money and it came scratched
    i waited two weeks for it and it arrived broken
    so disappointed the item was damaged
    this is the second time you sent the wrong item
    i opened the box and my heart sank the bowl was in pieces
    hi so my parcel came today and the box was all squashed and when i opened it the lamp base was cracked and the shade was bent so what do i do now
    i got my order this morning but it's the wrong colour i ordered green and this is brown and i need it for a party on saturday
    ok so the package came and one of the mugs is broken and another has a chip in it can you sort this out
    just received my order and it's missing the cushion covers the rest is there but no covers
    my son's birthday present arrived broken and the box was already open he's so upset
    the courier left it outside in the rain and now the box is soaked and the book inside is ruined
    hello i received the order yesterday and unfortunately the glass top is cracked
    hi there my package arrived but the item is not what i ordered
    good morning the headphones i received don't charge
    the item arrived scratched and i'd like it fixed
    just a heads up the shirt i got has a hole in it
    unfortunately the bottle broke during delivery
    sadly my order arrived damaged
    i'm afraid the item was broken on arrival
  `),

  // Counterweights: the same products and words ("wrong", "arrived", "missing") in messages that are not
  // damage reports, so the nouns above stay neutral and only the damage itself points to this intent.
  other: lines(`
    the wine glasses are gorgeous thank you
    the candle smells amazing love it
    the sweater is so soft great quality
    the plates look even better in person
    my daughter loves the toy
    i want to write a review of the lamp i bought
    i'd like to leave a review for the item i received
    how do i rate the product i got
    can i leave feedback on the headphones i bought
    i need an invoice for the items i received
    can you email me a receipt for the product i got
    i broke my glasses yesterday
    my phone screen cracked when i dropped it how do i fix it
    how do i get a wine stain out of a carpet
    i dropped my laptop what should i do
  `),
  product_question: lines(`
    are the wine glasses dishwasher safe
    is the mirror heavy to hang
    is the ceramic bowl microwave safe
    what is the rug made of
    does the lamp come with a bulb
    does the backpack have a laptop sleeve
    is the suitcase cabin size
    are the headphones noise cancelling
    how many pieces does the puzzle have
    does the knife set come with a block
    is the helmet certified
    are the plates chip resistant
    does the coffee machine have a milk frother
    is the tea tin airtight
    does the candle come in a glass jar
  `),
  change_order: lines(`
    i picked the wrong size by mistake can i change it before it ships
    i chose the wrong colour can you update my order
    i ordered the wrong model can i swap it before you send it
    i accidentally ordered two instead of one can you fix my order
    i selected the wrong flavour please change it before dispatch
    i put the wrong address on the order and it hasn't shipped yet
  `),
  order_status: lines(`
    my parcel still hasn't arrived
    the box hasn't come yet
    my rug was supposed to arrive yesterday
    when will the mirror get here
    it says delivered but i have nothing
    how long until my headphones arrive
    has my package been sent yet
    where is my parcel right now
    the parcel hasn't come and it's been a week
    my package was meant to arrive today but nothing came
    is my box on its way
    when is the package going to be delivered
    tracking hasn't updated in days where is my parcel
    i'm still waiting for my delivery to arrive
    has the courier picked up my order yet
    my order says shipped but the parcel never came
    when will the rest of my order arrive
    did my order go out yet
  `),
  account: lines(`
    i typed the wrong email when i made my account
    it says wrong password when i log in
    my account shows the wrong name
    the address saved in my account is wrong
  `),
};
