import type { Intent } from "../types";
import { lines } from "../training/lines";

// Held-out Spanish phrasings (not in training).
export const es: Record<Intent, string[]> = {
  order_status: lines(`
    mi paquete no aparece
    cuándo me llega lo que compré
    el pedido 5521 todavía no llegó
    me pasas el número de seguimiento
    ya mandaron mi compra
    llevo 10 días esperando el paquete
  `),
  shipping_info: lines(`
    cuánto cuesta enviar a perú
    en cuántos días llega a madrid
    hacen envíos a estados unidos
    el envío exprés cuánto cuesta
    qué empresa de mensajería usan
    envío gratis a partir de qué importe
  `),
  return_request: lines(`
    me quedan pequeños quiero devolverlos
    devuélvanme el dinero del pedido 2231
    quiero devolver el abrigo
    quiero cambiar la talla m por una l
    pueden reembolsarme
    deseo devolver todo mi pedido
  `),
  return_policy: lines(`
    cuánto plazo hay para devolver
    la devolución tiene coste
    puedo devolver algo después de dos meses
    los artículos rebajados se pueden devolver
    cuánto tarda en llegar el reembolso
    qué política de cambios tienen
  `),
  cancel_order: lines(`
    cancelen mi última compra
    ya no necesito el pedido 4410 cancélenlo
    quiero anular el pedido que hice hace una hora
    aún estoy a tiempo de cancelar
    cancelar el #9921
    no quiero el pedido cancelen por favor
  `),
  change_order: lines(`
    puse mal el número del piso puedes corregirlo
    puedo añadir otra camiseta al pedido
    cambia la talla del pedido 3312 a grande
    quiero recibir el pedido en mi oficina
    quita la vela de mi pedido
    se puede cambiar la dirección de entrega
  `),
  product_availability: lines(`
    vuelven a tener los pantalones grises
    queda alguna taza azul
    sigue disponible la bufanda
    tienen la talla 44
    cuándo reponen el abrigo
    hay en negro talla m
  `),
  product_question: lines(`
    la sudadera es gruesa o fina
    de qué material son los zapatos
    el reloj tiene garantía
    la manta se puede lavar
    qué medidas tiene la alfombra
    el sérum sirve para piel grasa
  `),
  payment_issue: lines(`
    dice que mi tarjeta no es válida
    me cobraron tres veces
    por qué no pasa mi pago
    puedo pagar con google pay
    el pago falla en el último paso
    me cobraron un importe equivocado
  `),
  discount_question: lines(`
    hay algún descuento para nuevos clientes
    el cupón no funciona al pagar
    el código bienvenida10 no es válido
    hay ofertas este fin de semana
    cómo canjeo mi vale
    tienen descuentos por pack
  `),
  damaged_or_wrong_item: lines(`
    el plato llegó agrietado
    me mandaron una talla 38 en vez de 40
    la caja venía vacía
    uno de los vasos está roto
    los auriculares no encienden
    la chaqueta es de otro color
  `),
  complaint: lines(`
    estoy muy molesto con el trato recibido
    su servicio ha sido horrible
    es la tercera vez que escribo y nadie contesta
    quiero presentar una queja formal
    estoy decepcionado con esta empresa
    esto es indignante
  `),
  human_agent: lines(`
    puedo chatear con un humano
    pásame con alguien
    prefiero hablar con una persona
    necesito un representante
    quiero hablar con alguien de soporte
    un agente ahora
  `),
  account: lines(`
    mi contraseña no funciona
    cómo me doy de alta
    no consigo entrar en mi cuenta
    eliminen mi cuenta por favor
    cambiar el email de mi perfil
    me bloquearon la cuenta
  `),
  greeting: lines(`
    hola buenas
    buen día
    hola hay alguien ahí
    muchas gracias por todo
    vale perfecto
    hasta pronto
  `),
  other: lines(`
    cuál es la mejor pizza de la ciudad
    cántame una canción
    quién inventó el teléfono
    qué tiempo hará mañana
    cómo se hace el pan
    quiero escribir una reseña de la tienda
  `),
};
