import type { Intent } from "../domain/understanding/types";

/** Merchant-facing names for intents, in the order the Automation page lists them. */
export const INTENT_LABELS: Record<Intent, { label: string; help: string }> = {
  order_status: { label: "Where is my order", help: "Status, tracking and delivery of an order, after the shopper proves it is theirs." },
  refund_status: { label: "Refund status", help: "Whether a refund was issued: amount, date and payment method, after the shopper proves the order is theirs." },
  shipping_info: { label: "Shipping information", help: "Delivery times, costs and destinations, from your shipping policy." },
  return_policy: { label: "Return policy", help: "Your return window and conditions, from your refund policy." },
  return_request: { label: "Start a return", help: "Checks eligibility and creates a return request you approve." },
  product_availability: { label: "Stock and availability", help: "In stock / low / out of stock per variant; offers a back-in-stock email." },
  greeting: { label: "Greetings", help: "Hello, thanks, goodbye." },
  other: { label: "Out of scope", help: "Anything else: the bot says it can't help with that and offers a person." },
  discount_question: { label: "Discounts and promotions", help: "Discount codes and promotions." },
  cancel_order: { label: "Cancel an order", help: "The bot explains; a person cancels unless you allow bot cancellation below." },
  change_order: { label: "Change an order", help: "Address, size or item changes." },
  payment_issue: { label: "Payment problems", help: "Declined cards, double charges, payment methods." },
  product_question: { label: "Product advice", help: "Fit, materials, compatibility, which product to choose." },
  account: { label: "Account help", help: "Login, password and account changes." },
  damaged_or_wrong_item: { label: "Damaged or wrong item", help: "Goes to a person unless you automate it." },
  delivery_problem: { label: "Delivery problems", help: "Delivered but not received, stolen, lost, stuck or sent to the wrong address. Goes to a person with the order and carrier status attached." },
  complaint: { label: "Complaints", help: "Goes to a person unless you automate it." },
  human_agent: { label: "Asks for a person", help: "Always goes to a person." },
};

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
