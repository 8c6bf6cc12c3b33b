import type { Intent } from "../types";
import { lines } from "./lines";

// Hand-written Spanish shopper phrasings (with and without accents, typos, order numbers).
export const es: Record<Intent, string[]> = {
  order_status: lines(`
    dónde está mi pedido
    donde esta mi pedido
    donde esta mi paquete
    ya enviaron mi pedido
    cuándo llega mi pedido
    cuando me llega el pedido 1001
    estado de mi pedido
    estado del pedido #2231
    quiero saber el estado de mi compra
    número de seguimiento de mi pedido
    quiero rastrear mi pedido
    mi pedido no ha llegado
    todavía no recibí mi pedido
    sigo esperando mi pedido
    hice un pedido hace dos semanas y no llega
    mi paquete está atascado en tránsito
    el seguimiento dice entregado pero no lo tengo
    cuándo envían mi pedido
    ya salió mi pedido
    hay novedades de mi pedido 4456
    dónde anda mi paquete
    mi pedido sigue en preparación
    cuando llegara mi compra
    no me a llegado el pedido
    seguimiento del pedido 1020 correo maria@gmail.com
    puedes revisar mi pedido
    mi envío se retrasa dónde está
    cuándo será entregado mi pedido
  `),
  shipping_info: lines(`
    cuánto tarda el envío
    cuanto tarda en llegar un pedido
    hacen envíos a méxico
    envían a canarias
    hacen envíos internacionales
    cuánto cuesta el envío
    el envío es gratis
    tienen envío gratuito
    a partir de cuánto el envío es gratis
    qué opciones de envío tienen
    qué métodos de entrega hay
    tienen envío exprés
    entregan al día siguiente
    con qué transportista envían
    cuánto tarda el envío a argentina
    gastos de envío
    plazos de entrega
    envían a todo el mundo
    puedo recoger en tienda
    tengo que pagar aduanas
    cuales son los costos de envio a chile
    hacen entregas los sábados
    a qué países envían
    política de envíos
    cuanto cuesta el envio express
    envian a colombia
  `),
  return_request: lines(`
    quiero devolver mi pedido
    quiero devolver este artículo
    cómo devuelvo las zapatillas
    quiero un reembolso
    quiero que me devuelvan el dinero
    reembolsa mi pedido por favor
    necesito un reembolso del pedido 3340
    devolución del pedido 1002
    quiero cambiar la talla por una más grande
    puedo cambiarlo por otro color
    necesito una etiqueta de devolución
    no me queda bien quiero devolverlo
    me arrepentí y quiero devolverlo
    quiero devolver parte de mi pedido
    solicito el reembolso de mi compra
    quiero mi dinero de vuelta
    devolver producto
    kiero devolver el pedido
    quiero un reenbolso
    como hago para devolver un producto que compre
    quiero que me reembolsen
    ayúdame a devolver mi pedido
    exijo un reembolso
    quiero cambiar el producto
    quiero iniciar una devolución
    quiero recuperar mi dinero
  `),
  return_policy: lines(`
    cuál es su política de devoluciones
    cual es la politica de devolucion
    cuántos días tengo para devolver
    cuánto tiempo tengo para devolver un artículo
    las devoluciones son gratis
    quién paga el envío de la devolución
    aceptan devoluciones
    hacen cambios
    cuál es la política de reembolso
    cuánto tarda el reembolso
    cuándo recibo el reembolso después de devolver
    puedo devolver artículos en oferta
    se pueden devolver productos usados
    tienen garantía de devolución del dinero
    condiciones de devolución
    política de cambios
    se puede devolver después de 30 días
    qué productos no se pueden devolver
    devuelven los gastos de envío
    cómo funcionan las devoluciones
    en qué casos puedo pedir un reembolso
    cobran por devolver
    plazo de devolucion
    politica de reembolsos
    puedo devolverlo si no me gusta
  `),
  cancel_order: lines(`
    cancelar mi pedido
    quiero cancelar mi pedido
    cancela el pedido #1003 por favor
    cancelar pedido 4421
    puedo cancelar mi pedido
    cómo cancelo un pedido
    necesito cancelar mi compra
    hice el pedido por error cancélenlo
    hice un pedido duplicado cancelen uno
    es tarde para cancelar mi pedido
    paren mi pedido antes de enviarlo
    ya no quiero el pedido cancelenlo
    anular pedido
    quiero anular mi compra
    cancelacion del pedido 2290
    kiero cancelar mi pedido
    cancelar compra
    me equivoque de producto cancelen el pedido
    quiero cancelar antes de que lo envíen
    todavía puedo cancelar
    cancelen todo por favor
    necesito anular el pedido que hice ayer
    como cancelo mi orden
    cancela mi orden
    quiero cancelar el pedido 7781 mi correo es juan@gmail.com
  `),
  change_order: lines(`
    quiero cambiar mi pedido
    puedo modificar mi pedido
    cambiar la talla de mi pedido
    pedí una m pero necesito una l
    agregar un artículo a mi pedido
    quitar un producto de mi pedido
    cambiar la dirección de envío de mi pedido
    me equivoqué de dirección
    la dirección de mi pedido está mal
    actualiza la dirección del pedido 3321
    pueden enviar mi pedido a otra dirección
    cambiar la cantidad del pedido
    quiero 3 en vez de 2
    olvidé añadir algo a mi pedido
    modificar pedido 7712
    cambiar el color de mi pedido
    editar mi compra
    me mudé cambien la dirección de entrega
    cambiar direccion
    quiero corregir el código postal de mi pedido
    puedo cambiar el producto antes del envío
    cambiar el nombre del destinatario
    añadir envoltorio de regalo a mi pedido
    quiero modificar mi compra
    cambiar artículos de mi pedido
  `),
  product_availability: lines(`
    está disponible
    tienen esto en stock
    hay stock de la sudadera azul
    tienen las zapatillas en talla 42
    hay talla m
    cuándo vuelve a estar disponible
    cuándo reponen
    el vestido negro está agotado
    lo tienen en rojo
    está disponible en talla grande
    todavía venden la cartera de cuero
    agotado cuando vuelve
    avísame cuando vuelva a haber stock
    cuántas unidades quedan
    quedan unidades
    se puede reservar
    hay disponibilidad de la mochila
    tienen el té orgánico
    lo tienen en otros colores
    hay en talla s
    tienen existencias
    queda alguno
    cuando hay mas stock
    venden tarjetas regalo
    esta disponible la taza clasica
  `),
  product_question: lines(`
    de qué material es
    de que esta hecha la sudadera
    es 100 algodón
    cuáles son las medidas de la mesa
    qué tamaño tiene la mochila
    cómo se lava
    se puede meter en la secadora
    se puede lavar a máquina
    talla pequeño o grande
    qué talla me recomiendan
    tienen guía de tallas
    es impermeable
    es apto para lavavajillas
    es vegano
    contiene frutos secos
    cuáles son los ingredientes
    cuánto dura la batería
    es compatible con iphone
    cómo se usa
    tiene garantía
    cuánto pesa
    dónde está fabricado
    qué diferencia hay entre los dos modelos
    me recomiendas un regalo para mi madre
    cuánto cuesta la lámpara
    el cuero es auténtico
    encoge al lavarlo
    mas informacion sobre este producto
    tiene bolsillos
  `),
  payment_issue: lines(`
    mi tarjeta fue rechazada
    el pago falló
    el pago no se realizó
    me cobraron dos veces
    me han cobrado dos veces el pedido 1005
    cobro duplicado
    no puedo pagar
    no puedo completar el pago
    error en el pago
    tengo un problema con el pago
    qué métodos de pago aceptan
    aceptan paypal
    puedo pagar con bizum
    puedo pagar a plazos
    puedo pagar contra reembolso
    mi tarjeta de crédito no es aceptada
    me cobraron de más
    me cobraron pero no tengo pedido
    hay un cargo que no reconozco
    el pago está pendiente
    error al pagar en la caja
    mi tarjeta de débito sigue siendo rechazada
    no me llega el código de verificación del banco
    el dinero salió de mi cuenta pero el pedido dice no pagado
    problema con el cobro
    se puede pagar con transferencia
  `),
  discount_question: lines(`
    tienen códigos de descuento
    mi código de descuento no funciona
    el cupón no es válido
    hay rebajas ahora
    tienen descuento para estudiantes
    me pueden hacer un descuento
    dónde pongo el código promocional
    olvidé aplicar mi cupón
    hay descuento para el primer pedido
    el vale dice caducado
    puedo usar dos cupones
    hay promociones
    cuándo son las próximas rebajas
    tienen ofertas de black friday
    descuento por volumen
    el código del 10 no se aplicó
    tienen programa de puntos
    cupon de descuento
    codigo promocional no va
    igualan precios
    el descuento no se aplicó al pagar
    hay algún código para envío gratis
    saldo de mi tarjeta regalo
    cuanto descuento tiene
    hay descuentos hoy
  `),
  damaged_or_wrong_item: lines(`
    mi artículo llegó dañado
    el paquete llegó roto
    la taza llegó rota
    la caja llegó aplastada y el producto está dañado
    recibí el artículo equivocado
    me enviaron la talla equivocada
    pedí una m y me llegó una s
    me llegó otro color
    esto no es lo que pedí
    falta un artículo en mi pedido
    solo llegaron 2 de 3 productos
    el paquete llegó vacío
    el cristal llegó hecho pedazos
    la pantalla está rota
    no funciona desde el principio
    el producto es defectuoso
    la cremallera se rompió
    tiene una mancha
    los zapatos tienen un agujero
    la botella se derramó en la caja
    llego dañado el pedido 2201
    producto en mal estado
    me llegó roto
    el producto es usado no nuevo
    faltan piezas
    llego estropeado
  `),
  complaint: lines(`
    quiero poner una queja
    quiero presentar una reclamación
    su servicio al cliente es pésimo
    es la peor tienda
    estoy muy descontento con el servicio
    estoy muy decepcionado
    esto es inaceptable
    esto es inaceptable estoy furioso
    estoy harto
    nadie responde mis correos
    llevo una semana esperando respuesta
    el personal fue grosero
    no estoy satisfecho con el servicio
    peor experiencia de mi vida
    son unos estafadores
    nunca más les compro
    voy a dejar una mala reseña
    dónde puedo poner una reclamación
    hoja de reclamaciones
    pésimo servicio
    atención al cliente horrible
    es una vergüenza
    me siento estafado
    estoy muy enfadado con ustedes
    quiero quejarme
    esto es un desastre
  `),
  human_agent: lines(`
    quiero hablar con una persona
    puedo hablar con un humano
    pásame con un agente
    quiero hablar con un agente
    persona real por favor
    humano
    agente
    quiero hablar con atención al cliente
    no quiero hablar con un bot
    necesito hablar con alguien
    hay alguien con quien pueda hablar
    me puede llamar alguien
    cuál es su número de teléfono
    cómo los contacto
    quiero hablar con el encargado
    pónganme con un representante
    comunicarme con un asesor
    hablar con un operador
    necesito ayuda de una persona real
    un humano por favor
    quiero un agente humano
    kiero hablar con alguien real
    con una persona de verdad
    pasame con soporte
    chat con un agente
  `),
  account: lines(`
    no puedo iniciar sesión
    no puedo entrar en mi cuenta
    olvidé mi contraseña
    restablecer contraseña
    no me llega el correo para cambiar la contraseña
    cómo creo una cuenta
    quiero crear una cuenta
    cómo me registro
    el registro no funciona
    no puedo registrarme
    borrar mi cuenta
    quiero eliminar mi cuenta
    cerrar mi cuenta
    cambiar el correo de mi cuenta
    actualizar mis datos de la cuenta
    editar mi perfil
    cambiar mi contraseña
    mi cuenta está bloqueada
    me hackearon la cuenta
    necesito una cuenta para comprar
    puedo comprar como invitado
    no me llega el correo de verificación
    cambiar de cuenta
    olvide mi contrasena
    problemas con mi cuenta
    recuperar mi cuenta
  `),
  greeting: lines(`
    hola
    buenos días
    buenas tardes
    buenas noches
    hola qué tal
    buenas
    hola hay alguien
    holaa
    saludos
    hola necesito ayuda
    tengo una pregunta
    gracias
    muchas gracias
    vale gracias
    adiós
    hasta luego
    perfecto gracias
    ok
    genial
    me puedes ayudar
    ayuda
    una pregunta
    hola buen dia
    chao
    de acuerdo
  `),
  other: lines(`
    qué tiempo hace hoy
    cuéntame un chiste
    cuál es el sentido de la vida
    cómo hago una tortilla
    receta de paella
    quién ganó el partido
    qué hora es en tokio
    ayúdame con mis deberes
    cuánto es 2 más 2
    quién es el presidente
    pon música
    escríbeme un poema
    cuál es la capital de francia
    quiero dejar una reseña
    quiero dar mi opinión sobre la tienda
    me encantan sus productos
    buscan personal
    tienen tienda física
    cuál es su horario
    dónde están ubicados
    dame de baja del boletín
    necesito una factura de mi compra
    asdf
    prueba
    cómo te llamas
    tienen instagram
    como cambio una rueda
  `),
};
