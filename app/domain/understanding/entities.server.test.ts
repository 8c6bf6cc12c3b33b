import { describe, expect, it } from "vitest";
import { extractEmails, extractOrderNumbers } from "./entities.server";

describe("extractOrderNumbers", () => {
  it.each([
    ["where is #1001", ["1001"]],
    ["where is my order 1001?", ["1001"]],
    ["Urgent : mon colis 1005 est marqué livré", ["1005"]],
    ["mi paquete 1012 no ha llegado", ["1012"]],
    ["the package 9400111899223456789012 is stuck", []],
    ["Order #1045 hasn't arrived", ["1045"]],
    ["order number: 55621", ["55621"]],
    ["1002", ["1002"]],
    ["it's #1002", ["1002"]],
    ["it's 1002", ["1002"]],
    ["¿Dónde está mi pedido 1001?", ["1001"]],
    ["pedido #2231 no llega", ["2231"]],
    ["où est ma commande n°1001 ?", ["1001"]],
    ["commande numéro 4456", ["4456"]],
    ["Wo ist meine Bestellung 1001?", ["1001"]],
    ["Bestellnummer 77812 bitte", ["77812"]],
    ["orders 1001 and #1002", ["1002", "1001"]],
  ])("finds the order number in %j", (text, expected) => {
    expect(extractOrderNumbers(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "i bought 3 mugs",
    "i ordered 2 weeks ago",
    "I'm a customer since 2019 and this never happened",
    "the dress cost 120 euros and it is too small",
    "i paid $249 for this",
    "my zip code is 90210, do you ship there?",
    "can you ship 500 pieces to my shop",
    "call me on 0612345678",
    "i need it in size 10 for my wedding on june 14",
    "mein Paket wiegt 300 g",
    "my email is bob1234@example.com",
    "the order total was 1500 €",
  ])("takes no order number from %j", (text) => {
    expect(extractOrderNumbers(text)).toEqual([]);
  });
});

describe("extractEmails", () => {
  it.each([
    ["my email is A.Smith@Example.com.", ["a.smith@example.com"]],
    ["order 1001, jane.doe+shop@gmail.com", ["jane.doe+shop@gmail.com"]],
    ["mi correo es maria@correo.es", ["maria@correo.es"]],
    ["no email here @ all", []],
  ])("%j", (text, expected) => {
    expect(extractEmails(text)).toEqual(expected);
  });
});

describe("entity extraction on long and hostile text", () => {
  it("finds an order number after any amount of whitespace", () => {
    expect(extractOrderNumbers(`where is my order${" ".repeat(1980)}1003`)).toEqual(["1003"]);
    expect(extractOrderNumbers(`order\n\n\t  number :  # 1003`)).toEqual(["1003"]);
  });

  it("gives up on order-like text without a number", () => {
    expect(extractOrderNumbers(`where is my order${" ".repeat(1980)}x`)).toEqual([]);
    expect(extractOrderNumbers(`order${" :".repeat(995)}x`)).toEqual([]);
  });

  it("still refuses a price after a long run of digits and separators", () => {
    expect(extractOrderNumbers(`order 1234${"1,".repeat(50)} €`)).toEqual([]);
  });

  it("takes no email from a local part longer than 64 characters", () => {
    expect(extractEmails(`${"a".repeat(65)}@example.com`)).toEqual([]);
    expect(extractEmails(`${"a".repeat(64)}@example.com`)).toEqual([`${"a".repeat(64)}@example.com`]);
  });

  it("finds emails glued to punctuation", () => {
    expect(extractEmails("(maya.chen@example.com), <bob@shop.de>")).toEqual(["maya.chen@example.com", "bob@shop.de"]);
  });
});
