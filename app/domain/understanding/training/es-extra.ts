import type { Intent } from "../types";
import { lines } from "./lines";

// Third Spanish batch: how shoppers really type (no accents, typos, run-on sentences, one-word messages),
// with extra weight on the intents that must reach a person.
export const esExtra: Partial<Record<Intent, string[]>> = {
  order_status: lines(`
    donde esta mi pedido
    aun no me llega nada
    ya van dos semanas y el paquete no aparece
    mi pedido sigue en preparacion desde el lunes
    el seguimiento no se actualiza desde hace dias
    me dijeron que llegaba ayer y nada
    cuando sale mi pedido del almacen
    pedido 4471 donde anda
    no encuentro el numero de seguimiento en el correo
    el paquete pone entregado pero yo no tengo nada
    cuanto falta para que me llegue
    ya enviaron lo mio
    estado de mi compra porfa
    el transportista dice que no tiene mi paquete
    hice el pedido el viernes cuando lo recibo
    sigo esperando mi envio
    el tracking dice en transito hace una semana
    me pueden confirmar que mi pedido salio
    no me ha llegado el pedido que hice hace 10 dias
    quisiera saber la fecha de entrega de mi pedido
  `),
  shipping_info: lines(`
    cuanto cuesta el envio
    envian a mexico
    hacen envios a canarias
    cuanto tarda en llegar a valencia
    a partir de cuanto el envio es gratis
    tienen envio express
    cuanto sale el envio a domicilio
    puedo recoger en tienda
    con que transportista mandan los paquetes
    envian a otros paises de europa
    hay envio gratis
    cuanto tardan los envios internacionales
    el envio 24 horas cuanto cuesta
    llegais a portugal
    hacen entregas en sabado
    se puede enviar a un punto de recogida
    los gastos de envio cuanto son para chile
    cual es el plazo de entrega normalmente
    envios a argentina tienen
    cuanto cobrais por mandar un paquete a francia
  `),
  return_request: lines(`
    quiero devolver mi pedido
    quiero hacer una devolucion
    como devuelvo esto
    no me queda bien lo quiero devolver
    quiero devolver las botas y que me devuelvan el dinero
    necesito la etiqueta de devolucion
    quiero un reembolso del pedido 3390
    me lo podeis cambiar por una talla mas pequeña
    quiero cambiarlo por otro color
    no me gusto quiero devolverlo
    como mando de vuelta el vestido
    devolver pedido porfa
    quiero el reembolso ya lo envie de vuelta
    me quedo grande el abrigo y lo quiero cambiar
    ya no lo necesito quiero devolverlo y recuperar mi dinero
    quiero iniciar una devolucion
    hola quiero devolver un articulo que compre la semana pasada
    quiero devolver la mitad del pedido
    solicito el reembolso de mi compra
    quiero cambiar los pantalones por una talla 42
    me podeis mandar una etiqueta para devolver el paquete
    lo he recibido pero no lo quiero me devolveis el dinero
  `),
  return_policy: lines(`
    cual es la politica de devoluciones
    cuanto tiempo tengo para devolver algo
    las devoluciones son gratis
    puedo devolver algo rebajado
    tengo que pagar el envio de la devolucion
    cuantos dias tarda el reembolso
    aceptan cambios de talla
    se puede devolver sin ticket
    hay que devolverlo con la etiqueta puesta
    que plazo de devolucion teneis
    devuelven el dinero o dan un vale
    los productos personalizados se pueden devolver
    puedo devolver en una tienda fisica
    cuanto tiempo tarda en llegar el reembolso a la tarjeta
    si no me queda bien se puede cambiar
    las devoluciones internacionales como funcionan
    aceptais devoluciones despues de 30 dias
    tienen garantia de devolucion
    politica de cambios
    se puede devolver un articulo usado
  `),
  cancel_order: lines(`
    cancelar pedido
    quiero cancelar mi pedido
    cancelen mi compra por favor
    ya no lo quiero cancelalo
    hice el pedido por error quiero anularlo
    como cancelo un pedido
    puedo cancelar antes de que lo envien
    anulen la orden 7781
    me equivoque al comprar cancelad todo
    quiero cancelar la compra de ayer
    todavia puedo cancelar
    cancela mi pedido que lo encontre mas barato
    no quiero esperar tanto cancelen el pedido
    por favor anular pedido y devolver el dinero antes de enviarlo
    cancelar la orden que hice hace una hora
    me arrepenti de la compra quiero cancelarla
    cancelar suscripcion del pedido
    deseo cancelar el pedido numero 2210
    quiero que cancelen todo el pedido
    cancelen porfa no lo necesito
  `),
  change_order: lines(`
    quiero cambiar mi pedido
    me equivoque de direccion
    la direccion de envio esta mal
    puedo cambiar la talla antes de que lo envien
    quiero añadir algo a mi pedido
    quiero quitar un articulo del pedido
    cambiar direccion de entrega
    puse mal el codigo postal
    quiero cambiar el color del pedido que hice
    se puede modificar un pedido ya hecho
    enviadlo a casa de mi madre en vez de a la mia
    me falto poner el numero del portal
    quiero cambiar el metodo de envio a express
    añadir una unidad mas al pedido 6612
    cambiad la talla m por la l en mi pedido antes de enviarlo
    modificar pedido porfa
    quiero cambiar el telefono de contacto del pedido
    puedo combinar dos pedidos en uno
    escribi mal mi nombre en el pedido
    cambien la direccion a mi trabajo por favor
  `),
  product_availability: lines(`
    tienen esto en talla s
    hay stock
    cuando repones la talla 39
    esta disponible en negro
    esta agotado
    les queda alguna en azul
    vuelve a estar disponible
    teneis la talla xl
    cuando vuelven a tener stock
    hay unidades del modelo rojo
    me avisais cuando haya talla 40
    el bolso marron esta agotado para siempre
    quedan pocas unidades
    lo teneis en otra talla
    hay disponibilidad en tienda
    tienen la camiseta en blanco
    cuando llega la nueva coleccion
    esta disponible para envio inmediato
    teneis mas de la taza grande
    no me deja elegir la talla m esta agotada
  `),
  product_question: lines(`
    de que material es
    es impermeable
    que medidas tiene la mesa
    la talla es grande o pequeña
    se puede lavar a maquina
    es apto para niños
    de que esta hecho el bolso
    cuanto pesa
    la chaqueta abriga mucho
    es compatible con iphone
    que talla me recomiendan si mido 1 70
    la crema es para piel sensible
    lleva pilas incluidas
    es de algodon
    que diferencia hay entre los dos modelos
    las zapatillas tallan normal
    el color es como en la foto
    cuanto dura la bateria
    tiene garantia el producto
    el anillo es de plata de verdad
    sirve para exterior
    cual me recomiendas para regalar
  `),
  payment_issue: lines(`
    no me deja pagar
    me han cobrado dos veces
    el pago no pasa
    mi tarjeta fue rechazada
    me cobraron pero no tengo pedido
    puedo pagar con paypal
    el cargo es mayor de lo que pone
    error al pagar con tarjeta
    se puede pagar a plazos
    me habeis cobrado de mas
    aceptan bizum
    el pago se quedo colgado
    me aparece un cargo que no reconozco
    puedo pagar contra reembolso
    no me llega el codigo del banco para pagar
    necesito la factura de mi compra
    cobro duplicado en mi tarjeta
    pague y la web dio error
    aceptan transferencia bancaria
    me cobraron el envio y era gratis
  `),
  discount_question: lines(`
    tienen algun descuento
    el codigo no funciona
    donde pongo el cupon
    hay rebajas
    me dais un codigo de descuento
    el descuento no se aplica
    tienen descuento para estudiantes
    cuando es el black friday
    codigo promocional caducado
    puedo usar dos cupones
    hay descuento por primera compra
    me suscribi y no me llego el codigo
    cupon de bienvenida
    el codigo dice que no es valido
    se puede aplicar el descuento despues de comprar
    hacen ofertas en navidad
    tengo una tarjeta regalo como la uso
    hay descuento si compro varios
    me olvide de poner el codigo me lo aplicais
    hay algun codigo para el envio gratis
  `),
  damaged_or_wrong_item: lines(`
    me llego roto
    el producto llego dañado
    me mandaron otra cosa
    esto no es lo que pedi
    me enviaron la talla equivocada
    falta un articulo en mi pedido
    el paquete llego abierto y falta algo
    la caja venia aplastada y el jarron roto
    me llego el color que no era
    la botella llego derramada
    el liquido se salio y mancho todo
    vino con una mancha
    tiene un agujero
    la pantalla llego rajada
    el producto no funciona desde el primer dia
    me enviaron un solo zapato
    en vez de la camisa me mandaron un pantalon
    me falta una pieza para montarlo
    pedi dos y llegaron uno
    la ropa venia usada y sucia
    el articulo esta defectuoso
    esta roto el cierre
    llego con arañazos
    pedi la l y me mandaron la s
    no es el modelo que encargue
    la tapa estaba rota y se ha salido todo
    el cristal del marco llego hecho pedazos
    me llego el pedido de otra persona
    le faltan botones
    el perfume llego vacio
  `),
  complaint: lines(`
    quiero poner una queja
    muy mal servicio
    estoy harta de esperar
    es una verguenza
    nunca mas compro aqui
    pesimo servicio al cliente
    nadie me contesta los correos
    llevo una semana escribiendo y nadie responde
    es la tercera vez que escribo
    os he escrito tres veces y ni caso
    estoy muy enfadado con esta tienda
    esto es un timo
    vaya desastre de tienda
    no me respondeis nunca
    os voy a denunciar
    voy a dejar una mala reseña
    que poca seriedad
    estoy muy decepcionado con la compra y el trato
    me estais ignorando
    he llamado mil veces y nadie coge el telefono
    es inaceptable como me habeis tratado
    ya estoy cansado de que nadie me ayude
    esto es una estafa quiero mi dinero
    el peor servicio que he tenido
    vuestro servicio es una broma
    nadie responde en el chat
    os escribi hace dias y seguis sin contestar
    que falta de respeto
  `),
  human_agent: lines(`
    quiero hablar con alguien
    necesito un asesor
    paseme con un agente
    hay alguien ahi
    hay alguna persona
    puedo hablar con un humano
    quiero hablar con atencion al cliente
    un asesor por favor
    necesito hablar con un representante
    comuniqueme con un operador
    quiero que me atienda una persona real
    no quiero un robot quiero una persona
    persona real porfa
    hay algun empleado disponible
    me puede llamar alguien
    cual es su telefono de contacto
    necesito un agente humano
    pasame con alguien de soporte
    quiero hablar con el encargado
    me atiende alguien
    asesor
    agente
    hola hay alguien que me pueda atender
    necesito que me atienda un asesor de ventas
    no me sirve el bot necesito una persona
    alguien de carne y hueso por favor
    contactar con un humano
    me gustaria hablar con un consultor
    quiero un representante de servicio al cliente
    alguien me puede responder
  `),
  account: lines(`
    no puedo entrar en mi cuenta
    olvide mi contraseña
    como cambio mi email
    quiero borrar mi cuenta
    no me llega el correo para restablecer la contraseña
    como creo una cuenta
    cambiar mi direccion guardada en la cuenta
    mi cuenta esta bloqueada
    darme de baja de la newsletter
    quiero cambiar mi nombre de usuario
    donde veo mis pedidos anteriores en la cuenta
    cerrar mi cuenta y borrar mis datos
    no reconoce mi usuario
    como cambio el numero de telefono de mi perfil
    no me llegan los correos de confirmacion de cuenta
    tengo dos cuentas puedo unirlas
    entrar con google no funciona
    actualizar mis datos personales
    quiero dejar de recibir correos
    restablecer contraseña
  `),
  greeting: lines(`
    hola
    buenas tardes
    buenas noches
    que tal
    hola que tal
    holaa
    ola
    hey
    saludos
    hola como estas
    hola equipo
    muy buenas
    hola!!
    buenas que tal
    hola alguien
    hola q tal
    buenos dias a todos
    hola hola
    buenass
    que hay
    holi
    wenas
    hola q hay
  `),
  other: lines(`
    cuanto es dos mas dos
    cuentame un chiste
    quien gano el partido ayer
    que hora es en tokio
    recomiendame una pelicula
    cual es la capital de italia
    eres un robot
    como estas tu
    te gusta la musica
    cual es el sentido de la vida
    traduce hola al ingles
    como se cocina una paella
    quien es el presidente de francia
    hace frio en madrid
    escribe un poema
    que dia es hoy
    cuantos años tienes
    me aburro
    cual es tu color favorito
    donde puedo ver el futbol
  `),
};
