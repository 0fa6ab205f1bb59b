# Las frases de trustmend en español. Cada mensaje del catálogo inglés
# (i18n/en/trustmend.ftl) está aquí, con las mismas variables.
# Revisión: pendiente; ningún clínico hispanohablante lo ha revisado todavía.

## La bienvenida

welcome-joining = la persona que se une
welcome-step-intro = Sobre trustmend
welcome-step-name = Tu nombre
welcome-step-role = Quién eres en esto
welcome-step-country = Dónde vives
welcome-step-safety = Si no estás a salvo
welcome-step-of = Paso {$n} de {$all} · {$name}
welcome-name-question = ¿Cómo quieres que trustmend te llame?
welcome-name-field = Nombre
welcome-name-note = Cualquier nombre sirve. Se muestra arriba en la pantalla, y en la lista de personas si alguien más usa trustmend en esta computadora.
welcome-role-question = ¿Cuál de estas opciones te describe?
welcome-role-note = Esto decide qué preguntas y sugerencias te ofrece el cuaderno. Si los dos se han hecho daño, la tercera opción hace que nunca tengas que elegir un lado que no es verdad. «Prefiero no decirlo» muestra las que están escritas para todos.
welcome-country-question = ¿Dónde vives?
welcome-country-note = Para que la lista de ayuda muestre los lugares a los que acudir donde estás. Puedes saltarte este paso.
scroll-more = ↓ más
scroll-back-up = ↑ volver arriba
welcome-name-placeholder = Tu nombre, o cualquier nombre que te guste
welcome-name-empty = Escribe un nombre, por favor (el que quieras).
welcome-name-too-long = Usa un nombre de menos de {$max} caracteres, por favor.
welcome-name-taken = {$name} ya está aquí; elige otro nombre.
welcome-country-every-nation = {$place} (las líneas de cada nación)
welcome-country-elsewhere = En otro lugar
welcome-country-rather-not = Prefiero no decirlo

## Los papeles

role-label = { $role ->
    [hurt] Me hicieron daño
    [repairing] Estoy reparando la confianza
    [both] Los dos hemos sufrido daño, y los dos nos hemos hecho daño
   *[unsaid] Prefiero no decirlo
}

## Ayuda y seguridad (la pantalla completa y walk)

help-where-to-turn = A quién acudir en {$place}:
help-in-other-places = En otros lugares:
help-leaving-quickly = {$quick} cierra trustmend al momento, desde cualquier pantalla, y borra lo que se veía. Puedes proteger tus entradas privadas con una contraseña, para que nadie más pueda leerlas aquí: pulsa {$protect} en la pantalla de inicio.
help-concern = Gracias por responder con sinceridad. Por lo que dijiste, por ahora no se recomiendan los ejercicios en pareja, y el modo en pareja sigue apagado. Tu pareja no sabrá tus respuestas: solo verá que los ejercicios en pareja no están disponibles ahora. Si te pregunta por qué, no tienes que explicarlo. El cuaderno sigue abierto para ti por tu cuenta.
help-support = Gracias por responder con sinceridad. Los pensamientos de hacerte daño pueden llegar después de un golpe así, y no tienes que cargarlos a solas. Por favor, habla hoy con alguien. Los ejercicios en pareja siguen abiertos para ti cuando quieras.
help-crisis-first = Si estás pensando en quitarte la vida o en hacerte daño, puedes hablar con alguien ahora mismo:
help-stop-first = Si has hecho daño o has asustado a tu pareja, o te preocupa hacerlo, puedes recibir ayuda para parar:
# Si un clínico que habla este idioma ha revisado estas palabras:
# "reviewed" o "not-reviewed". Mientras no, Ayuda y seguridad lo dice una vez.
translation-review = not-reviewed
help-translation-note = Estas palabras se tradujeron con cuidado, pero todavía no las ha revisado un profesional de la salud mental que hable español. Si algo te suena raro, los lugares de arriba pueden ayudarte igual.

## Las etapas de una estrategia

stage = { $stage ->
    [not-started] sin empezar
    [reading] lectura
    [reflecting] reflexión
    [committing] compromiso
    [practising] práctica
    [reviewing] revisión
   *[done] hecha
}

## Los títulos de las pantallas (la cabecera, y walk)

title-pass-keyboard = Pasar el teclado
title-welcome = Bienvenida
title-picker = ¿Quién está aquí?
title-home = Inicio
title-journal = Diario
title-faq = Preguntas frecuentes
title-foundations = Antes de empezar
title-safety = Ayuda y seguridad
title-move-on = ¿Cuándo es momento de seguir adelante?
title-check-in = ¿Cómo estás hoy?
title-progress = Progreso
title-shared = Compartido
title-safety-check = Unas preguntas de seguridad, en privado
title-together = Juntos
title-reveal = Juntos: lado a lado
title-homework = Tareas
title-unsaved = Sin guardar todavía
title-calm = Cuando todo es demasiado
title-depart = Dejar este cuaderno
frame-read-only = {" "}· SOLO LECTURA: no se guarda nada
frame-error = Error: {$text}
frame-too-small = trustmend necesita al menos {$min_width}×{$min_height}; esta terminal mide {$width}×{$height}. Agranda la ventana (no se pierde nada).

## Inicio

home-begun = {$done} de {$total} estrategias empezadas{"  "}
home-suggested = Lo siguiente:{" "}
home-all-done = Todas las estrategias están hechas. Puedes volver a abrir cualquiera.
home-journal = { $n ->
    [one] Diario (1 entrada)
   *[other] Diario ({$n} entradas)
}
home-new-entry = Nueva entrada
home-progress = Tu progreso en el tiempo
home-together = Preguntas para los dos
home-add-partner = Añadir a tu pareja
home-foundations-summary = Lee esto primero: {$n} partes cortas, empezando por {$first}.
home-foundations-summary-empty = Lee esto primero.
home-journal-summary = Todo lo que has escrito, lo último primero: léelo, edítalo o bórralo.
home-new-entry-summary = Escribe lo que quieras, cuando quieras. Es privado salvo que lo compartas.
home-faq-summary = {$n} preguntas frecuentes sobre reconstruir la confianza, con respuesta.
home-move-on-summary = Una lista privada para pensarlo con calma. Solo tú ves lo que marcas.
home-progress-summary = Gráficas de cómo has estado, las estrategias y tus compromisos.
home-safety-summary = Qué hacer, y a quién llamar, si no te sientes a salvo.
home-together-summary = Preguntas que cada uno responde a solas, y luego leen lado a lado.
home-shared-summary = Lo que alguno de los dos decidió compartir, con quién y cuándo.
home-add-partner-summary = Tu pareja tendrá aquí su propio nombre, su papel y su diario privado.
home-pass-keyboard-summary = Pasa el teclado tras una pantalla neutra; lo no guardado queda para ti.
home-your-partner = tu pareja
home-shared-replies = { $n ->
    [one] Compartido · una respuesta de {$name}
   *[other] Compartido · {$n} respuestas de {$name}
}
home-homework-from = Tareas de {$name} ({$done} de {$all} hechas)
home-homework-next-due = Lo siguiente: {$title}, para el {$due}.
home-homework-next = Lo siguiente: {$title}.
home-homework-all-done = Todas las estrategias asignadas están hechas.
home-homework-summary = {$next} {$open} para ver la lista completa.

## Las palabras de las tablas de teclas (el pie y la ayuda `?`)

help-ctrl-c = {$quit} guarda y sale desde cualquier lugar.
key-i-read-this = «Lo he leído»
key-i-am-ready = adelante
key-answer = responder
key-answer-it = responderla
key-any-key = cualquier tecla
key-back = volver
key-check-in = cómo estás
key-check-ins-strategies = cómo estás / estrategias
key-choose = elegir
key-clear-search = borrar búsqueda
key-clear-the-filters = quitar los filtros
key-close-help = cerrar la ayuda
key-continue = seguir
key-delete = borrar
key-done = hecho
key-down = bajar
key-edit = editar
key-filter-by-date = filtrar por fecha
key-filter-by-kind = filtrar por tipo
key-filter-by-private-shared = filtrar privado/compartido
key-filter-by-strategy = filtrar por estrategia
key-first = primero
key-go-back = volver
key-go-on-writing = seguir escribiendo
key-go-through-again = repasar otra vez
key-guidance = guía
key-help = ayuda
key-help-and-safety = ayuda y seguridad
key-journal = diario
key-keep-results = quedarse con los resultados
key-last = último
key-leave-nothing-kept = salir (no se guarda nada)
key-leave-this-workbook = dejar este cuaderno
key-line = línea
key-line-up = línea arriba
key-more = más
key-move = mover
key-move-up = subir
key-new-entry = nueva entrada
key-next-grounding-step = siguiente paso
key-next-line = siguiente línea
key-next-step = siguiente paso
key-next-previous-match = resultado siguiente/anterior
key-no = no
key-not-now = ahora no
key-number = número
key-open = abrir
key-open-strategy = abrir la estrategia
key-page-down = página abajo
key-page-up = página arriba
key-pass-the-keyboard = pasar el teclado
key-previous = anterior
key-previous-match = resultado anterior
key-previous-question = pregunta anterior
key-previous-step = paso anterior
key-private-shared = privado/compartido
key-progress = progreso
key-protect-private-entries = proteger las entradas privadas
key-questionnaires = cuestionarios
key-quick-exit = salida rápida
key-quit = salir
key-quit-without-them = salir sin ellas
key-range = intervalo
key-read = leer
key-reply = responder
key-review-it = revisarlo
key-save = guardar
key-save-again = guardar otra vez
key-save-and-quit = guardar y salir
key-scroll = desplazar
key-scroll-text = desplazar el texto
key-scroll-up = desplazar arriba
key-search = buscar
key-set = fijar
key-sharing = compartir
key-skip = saltar
key-skip-this-line = saltar esta línea
key-someone-else = otra persona
key-stop-writing-kept = dejar de escribir (se guarda)
key-take-the-safety-check-again = repetir las preguntas de seguridad
key-that-answer = esa respuesta
key-tick = marcar
key-try-saving-again = intentar guardar otra vez
key-unlock-with-the-recovery-key-a-forgotten-passphrase = abrir con la clave de recuperación (si olvidaste la contraseña)
key-when-it-is-too-much = cuando es demasiado
key-write = escribir
key-write-a-copy-elsewhere = escribir una copia en otro sitio
key-write-the-copy = escribir la copia
key-yes = sí
key-your-own-editor-visual-editor-or-nano-the-quick-exit-and-f2-do-not-reach-it = tu propio editor ($VISUAL, $EDITOR o nano; la salida rápida y F2 no llegan a él)

## Marcas para el texto que no se ve

more-above = ▲ hay más arriba
more-below = ▼ hay más abajo
box-more-up = {" "}↑ más{" "}
box-more-down = {" "}↓ más{" "}
help-where-to-turn-box = A quién acudir

## «Cómo estás» en el inicio, y la línea discreta del inicio

checkin-home = ¿Cómo estás hoy?
checkin-home-done = ¿Cómo estás hoy? (hecho hoy)
checkin-home-reviews = { $n ->
    [0] {$title}
    [one] {$title} · un compromiso listo para revisar
   *[other] {$title} · {$n} compromisos listos para revisar
}
checkin-home-summary = Un minuto para ver cómo estás hoy, en pocas teclas. Sin notas ni rachas.
home-pause = { $days ->
    [one] , después de un día de práctica
   *[other] , después de {$days} días de práctica
}
news-reply = {$name} respondió · en Compartido
news-reveal-ready = Dos respuestas listas, lado a lado · en {$place}
news-homework-due = Hay tareas para hoy
news-review-due = {$key}: un compromiso para revisar
news-check-in = {$key}: cómo estás hoy
news-measure-due = {$key}: un cuestionario, cuando quieras
news-your-partner = Tu pareja
help-keys-title = {" "}Teclas de esta pantalla{" "}

## Fechas: los nombres de %b, %B, %a y %A (el día 1 es el lunes)

date-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
date-month-long = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-weekday-short = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
date-weekday-long = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
walk-date = %-d de %B de %Y

## Una estrategia (la pantalla completa; walk comparte lo que puede)

strategy-fallback = Estrategia
strategy-header = {$n}/{$total} · {$title}
strategy-reading-again = Estás leyendo la guía otra vez; tu lugar en esta estrategia se guarda.
strategy-reading-pace = Lee a tu ritmo. Después vienen las preguntas.
strategy-guidance = Guía
strategy-key-to = {$keys} para {$hint}
editor-not-saved-draft = sin guardar · {$open} para seguir escribiendo
editor-not-saved = sin guardar
editor-saved = guardado
prompt-of = Pregunta {$n} de {$all}
prompt-from = {" "}· de {$name}
answer-box = Tu respuesta ({$reach})
visibility = { $visibility ->
    [private] privada
   *[shared] compartida
}
together-reach = { $partners ->
    [one] juntos: junto a la de tu pareja, si se une y también la responde
   *[other] juntos: junto a la de tu pareja, cuando los dos hayan respondido
}
together-note = { $partners ->
    [one] Una pregunta para los dos: si tu pareja se une a este cuaderno y también la responde, cualquiera de los dos podrá leer las dos respuestas lado a lado. Escribe solo lo que quieras que lea.
   *[other] Una pregunta para los dos: tu pareja también la responde. Cuando los dos lo hayan hecho, cualquiera podrá leer las dos respuestas lado a lado.
}
commit-choose = Elige una cosa para practicar esta semana.
commit-note = Elige una sugerencia o escribe la tuya. Lo pequeño y concreto funciona mejor.
commit-own = Escribir la mía…
commit-own-box = Mi propio compromiso (esta semana voy a…)
commitment-yours = Tu compromiso
commitment-missing = (No se encontró este compromiso.)
practising-since = Practicando desde el {$date}.
practising-ask = ¿Revisarlo ahora, después de { $days ->
    [0] menos de un día
    [one] 1 día
   *[other] {$days} días
}? Una vez revisado, la práctica de este compromiso termina. {$yes} lo revisa; {$no} sigue practicando.
practising-note = Se sugiere más o menos una semana de práctica; revísalo cuando quieras.
practising-asked = Cuando lo revises, se te preguntará:
review-commitment = Tu compromiso: {$text}
review-how = ¿Cómo te fue?
kept = { $kept ->
    [kept] Lo cumplí
    [partly] Lo cumplí en parte
   *[not] No lo cumplí
}
review-note = Elige una opción; después puedes escribir lo que aprendiste, si quieres.
review-learned-box = ¿Qué aprendiste? (opcional)
done-on = Hecha el {$date}.
done = Hecha.
done-answers = { $n ->
    [0] Esta vez no guardaste respuestas a las preguntas.
    [one] Guardaste 1 respuesta en esta estrategia.
   *[other] Guardaste {$n} respuestas en esta estrategia.
}
done-kept = { $kept ->
    [kept] Lo cumpliste.
    [partly] Lo cumpliste en parte.
   *[not] Esta vez no lo cumpliste, y también vale la pena saberlo.
}
done-learned = {" "}Lo que aprendiste está en tu diario.
done-again = Puedes volver a recorrer esta estrategia cuando quieras; todo lo que escribiste se queda en tu diario.
editor-placeholder = Escribe aquí. Nada sale de esta computadora.

## Cuando todo es demasiado (la pantalla de calma, y walk)

calm-phase = { $phase ->
    [in] Inhala…
    [hold] Sostén…
   *[out] Exhala…
}
calm-grounding = { $step ->
    [1] Mira a tu alrededor y nombra cinco cosas que puedas ver.
    [2] Fíjate en cuatro cosas que puedas tocar: tu ropa, la silla, el suelo.
    [3] Escucha tres sonidos, cerca o lejos.
    [4] Busca dos cosas que puedas oler, o piensa en dos olores que te gusten.
   *[5] Fíjate en una cosa que puedas saborear, o toma un sorbo de agua.
}
calm-intro-motion = Respira con la figura: inhala mientras crece, sostén mientras está llena, exhala mientras se achica. Para cuando quieras.
calm-intro-still = Respira con las palabras: inhala contando 4, sostén 4, exhala 6. Para cuando quieras.
calm-help-pointer = Si no estás a salvo o esto no alivia, en Ayuda y seguridad, en la pantalla de inicio, hay personas a las que llamar.
calm-grounding-title = Volver al presente
calm-grounding-step = {"  "}paso {$n} de {$all}

## Cómo estás

notice-saving = Guardando…
notice-saved = Guardado.
checkin-saving = Guardando cómo estás hoy…
checkin-saved = Guardado. Gracias por tomarte un minuto para ti.
checkin-intro = ¿Cómo estás? Un minuto; no hay respuestas correctas y todo es opcional.
checkin-feelings = Sentimientos
checkin-body-signs = En el cuerpo
checkin-note = Nota
checkin-note-box = opcional, una línea
checkin-note-placeholder = Opcional: una línea sobre hoy
checkin-leave = ¿Salir sin guardar? {$yes} sale, {$no} se queda.
checkin-reviews = Compromisos con la semana cumplida
checkin-none-ticked = nada marcado
checkin-ticked = marcado: {$list}
checkin-not-set = {" "}· vacío
checkin-nothing = Todavía no hay nada. Marca la línea que quieras (← → o un número); las demás pueden quedar en blanco.
checkin-range = {$scale} va de {$lo} a {$hi}.
checkin-note-too-long = La nota tiene {$n} caracteres; por favor, que sean menos de {$max} (en el diario hay sitio para más).
scale = { $scale ->
    [mood] Ánimo
    [trust] Confianza ahora
    [sleep] Sueño
    [appetite] Apetito
   *[stress] Estrés
}
scale-low = { $scale ->
    [mood] bajo
    [trust] nada
    [sleep] malo
    [appetite] sin ganas
   *[stress] en calma
}
scale-high = { $scale ->
    [mood] bueno
    [trust] total
    [sleep] reparador
    [appetite] como siempre
   *[stress] muy alto
}

## Las opciones de walk (los mismos mensajes key- que las tablas de teclas cuando las palabras coinciden)

key-allow-or-stop-your-check-in-numbers-being-read-beside-your-partner-s = permitir o impedir que tus números de «cómo estás» se lean junto a los de tu pareja
key-answer-a-questionnaire-phq-9-gad-7-csi-4 = responder un cuestionario (PHQ-9, GAD-7)
key-back-home = volver al inicio
key-back-to-the-homework = volver a las tareas
key-back-to-the-list = volver a la lista
key-back-to-the-list-of-strategies = volver a la lista de estrategias
key-back-to-the-together-prompts = volver a las preguntas para los dos
key-back-to-where-you-were = volver a donde estabas
key-breathe-with-me-again-paced-lines = respirar conmigo otra vez (líneas a ritmo)
key-delete-it = borrarla
key-done-go-on = listo, seguir
key-edit-it = editarla
key-go-through-it-again = recorrerla otra vez
key-keep-it-and-go-on = guardarla y seguir
key-keep-them-as-a-draft-and-go-to-the-list = guardarlas como borrador e ir a la lista
key-keep-these-answers = quedarse con estas respuestas
key-leave-nothing-of-this-questionnaire-is-kept = salir (no se guarda nada de este cuestionario)
key-more-entries-older = más entradas (anteriores)
key-next = siguiente
key-no-go-back = no, volver
key-no-go-on-with-it = no, seguir con ello
key-no-keep-it = no, conservarla
key-no-keep-it-private = no, que siga privada
key-no-keep-practising = no, seguir practicando
key-no-strategy-just-write = sin estrategia: solo escribir
key-not-now-nothing-is-kept = ahora no (no se guarda nada)
key-previous-grounding-step = paso anterior
key-read-the-guidance-again = leer la guía otra vez
key-reply-shared-by-nature-you-both-read-it = responder (compartido por naturaleza: los dos lo leen)
key-review-how-it-went = revisar cómo fue
key-skip-this-prompt = saltar esta pregunta
key-skip-this-question = saltar esta pregunta
key-someone-else-is-here = hay otra persona aquí
key-the-entries-before-these-newer = las entradas anteriores a estas (más nuevas)
key-the-previous-prompt = la pregunta anterior
key-the-previous-question = la pregunta anterior
key-write-a-copy-to-another-folder = escribir una copia en otra carpeta
key-write-a-new-entry = escribir una entrada nueva
key-write-an-answer = escribir una respuesta
key-yes-delete-it = sí, borrarla
key-yes-leave-it = sí, salir
key-yes-quit-without-them = sí, salir sin ellas
key-yes-review-it-now = sí, revisarlo ahora
key-yes-share-it = sí, compartirla

## Las páginas de walk

walk-intro = trustmend, línea a línea. Escribe la letra o el número de una opción y pulsa Enter; ? vuelve a mostrar las opciones; q guarda y sale.
walk-choices-are = Las opciones son:
walk-not-a-choice = {$typed} no es una de las opciones. Las opciones son:
walk-note = Nota: {$text}
walk-error = Error: {$text}
walk-welcome = Te damos la bienvenida.
walk-welcome-name = ¿Qué nombre quieres que use el cuaderno contigo? Escríbelo y pulsa Enter.
walk-welcome-role = ¿Qué se acerca más a tu situación?
walk-welcome-country = ¿Dónde vives? (Para que la lista de ayuda muestre los lugares a los que acudir allí.)
walk-someone-new = otra persona, nueva
walk-next-person = la siguiente persona
walk-cover = El teclado ha cambiado de manos. Aquí no se muestra nada de lo que nadie escribió, y lo que aún no está guardado se conserva.
    Cuando {$name} esté listo o lista, elige c.
walk-i-am-ready = Soy {$name}, y estoy listo o lista
walk-home = Inicio. {$name}
walk-measures-offered = Cuestionarios disponibles ahora, cuando quieras ({$key}): {$names}.
walk-begun = {$done} de {$all} estrategias empezadas. Las diez estrategias:
walk-strategy-row = {$title} ({$stage})
walk-journal = { $n ->
    [one] tu diario (1 entrada)
   *[other] tu diario ({$n} entradas)
}
walk-next = {$next}: {$title}
walk-safety = Ayuda y seguridad.
walk-keys = En este modo línea a línea: q guarda y sale desde cualquier lista de opciones, y x en el inicio protege tus entradas privadas con una contraseña.
walk-calm = Cuando todo es demasiado.
walk-calm-paced = Respira despacio, tres veces o el tiempo que te ayude:
walk-calm-phase = {"  "}{$words} durante {$seconds} segundos
walk-grounding = Volver al presente, paso {$n} de {$all}: {$text}
walk-breath = Respiración {$n} de {$all}. {$words}
key-homework-from-your-therapist = tareas de tu terapeuta
key-before-you-begin = Antes de empezar
key-your-journal = tu diario
key-write-a-new-journal-entry = escribir una entrada nueva en el diario
key-questions-people-ask = preguntas frecuentes
key-when-is-it-time-to-move-on-a-private-checklist = ¿cuándo es momento de seguir adelante? (una lista privada)
key-help-and-safety-people-to-call = ayuda y seguridad: personas a las que llamar
key-check-in-how-are-you-today = cómo estás: ¿cómo te sientes hoy?
key-progress-over-time = tu progreso en el tiempo
key-entries-either-of-you-shared = lo que alguno de los dos compartió
key-together-prompts-and-your-answers-side-by-side = preguntas para los dos, y sus respuestas lado a lado
key-add-your-partner-to-this-workbook = añadir a tu pareja a este cuaderno
key-pass-the-keyboard-to-your-partner = pasarle el teclado a tu pareja
key-the-suggested-next-step = lo siguiente que se sugiere
key-protect-your-private-entries-with-a-passphrase = proteger tus entradas privadas con una contraseña
key-unlock-your-private-entries = abrir tus entradas privadas
key-questionnaires-phq-9-gad-7-csi-4 = cuestionarios: PHQ-9, GAD-7

## Las preguntas de seguridad en privado, quién está, en pareja y juntos

check-answer = { $answer ->
    [no] No
    [not-sure] No lo sé
   *[yes] Sí
}
check-intro = Antes de los ejercicios en pareja, unas preguntas solo para ti. Tus respuestas no se guardan; solo se guarda si se aconsejan los ejercicios en pareja para ti. Tu pareja no sabrá tus respuestas, ni si salió algo. Puedes repetirlas una semana después de responder, desde Ayuda y seguridad.
check-question-of = Pregunta {$n} de {$all}
check-title = Tu seguridad va primero
check-confirm = Tus respuestas, solo para ti. {$open} sobre una la cambia; {$open} en la última línea las conserva. {$back} sale sin conservar nada.
check-these-are-mine = Estas son mis respuestas
move-on-private = Privado: solo tú ves esta lista.
picker-who = ¿Quién está frente al teclado?
picker-own-or-add = El diario de cada persona es solo suyo. Elige tu nombre, o añádete.
picker-own = El diario de cada persona es solo suyo. Elige tu nombre.
picker-someone-else = ¿Otra persona? Un cuaderno es para una persona o una pareja; `trustmend --data-dir CARPETA` empieza uno propio.
picker-someone-new = Otra persona…
cover-hand-to = Pásale el teclado a {$name}.
cover-press-enter = Pulsa {$open} cuando {$name} esté frente al teclado. Aquí no se ve nada de lo que escribiste, y lo que no está guardado se conserva para ti.
shared-nothing = Todavía no hay nada compartido. En tu diario, pulsa {$share} sobre una entrada para compartirla con tu pareja; queda privada hasta que lo hagas.
shared-you = ti
shared-former = una expareja
shared-by-you = Compartido por ti (puedes cambiarlo en tu diario)
shared-by = Compartido por {$name} ({$reply} para responder)
together-intro = Cada uno responde estas preguntas por su cuenta ({$open} abre una para responder). Ninguno ve la respuesta del otro hasta que estén las dos; entonces cualquiera puede abrirlas lado a lado.
together-progress = { $progress ->
    [your-turn] te toca
    [waiting] esperando a tu pareja
   *[ready] listas para leer juntos
}
together-your-partner = Tu pareja
together-you = Tú

## trustmend status

status-no-profile = trustmend — todavía no hay ningún perfil
    Ejecuta `trustmend` para crear uno.
status-who = { $role ->
    [hurt] trustmend — {$name} (le hicieron daño)
    [repairing] trustmend — {$name} (reparando la confianza)
    [both] trustmend — {$name} (daño por ambas partes)
   *[unsaid] trustmend — {$name}
}
status-progress = Progreso: {$steps} de {$all_steps} pasos · {$done} de {$all} estrategias hechas
status-suggested = Lo siguiente: {$next}
status-all-done = todas las estrategias están hechas; vuelve a la que quieras
status-done-on = hecha {$date}
status-reflecting = reflexión, pregunta {$n} de {$all}
status-practising = practicando desde {$date}
status-move-on = Lista para seguir adelante: privada (no se muestra aquí)
status-journal-empty = Diario: todavía no hay entradas
status-journal = Diario: { $n ->
    [one] 1 entrada
   *[other] {$n} entradas
} ({ $private ->
    [one] 1 privada
   *[other] {$private} privadas
}, { $shared ->
    [one] 1 compartida
   *[other] {$shared} compartidas
}) · última vez {$date}
status-shared-with-you = Compartido contigo: { $n ->
    [one] 1 entrada
   *[other] {$n} entradas
} de {$name}
status-commitments-none = Compromisos: ninguno todavía
status-commitments = Compromisos: { $kept ->
    [one] 1 cumplido
   *[other] {$kept} cumplidos
}, {$partly} en parte, { $not ->
    [one] 1 no cumplido
   *[other] {$not} no cumplidos
}, {$open} en práctica
status-homework = Tareas de {$name}, desde {$date}:

## El diario

journal-editing = Editando
journal-editing-reach = Editando ({$reach})
journal-new-entry = Nueva entrada ({$reach})
journal-new-entry-for = Nueva entrada para {$strategy} ({$reach})
journal-share-caution = Una vez leída, no se puede olvidar; {$share} la vuelve privada otra vez.
journal-reply = Respuesta
journal-link-intro = Una entrada nueva. ¿Pertenece a una estrategia?
journal-link-note = Elige una, o escribe sin ninguna. En la primera línea, "# " y unas palabras hacen un título.
journal-link-none = Sin estrategia: solo escribir
journal-empty = Todavía no hay entradas. Pulsa {$new} para escribir una; las respuestas que guardes en una estrategia también aparecen aquí.
journal-prompt = Pregunta: {$heading}
journal-review = Revisión: {$heading}
journal-your-words = Tus palabras
journal-delete = ¿Borrar esta entrada? No se puede deshacer.
journal-delete-replies = Las respuestas a ella se quedan en el diario de quien las escribió, sin mostrarse a nadie más.
reach = { $reach ->
    [private] privada
    [shared] compartida
   *[together] juntos
}

## walk: una estrategia

walk-strategy-head = {$n}. {$title} — {$stage}
walk-prompt-of = Pregunta {$n} de {$all}{$by}:
walk-prompt-from = , de {$name}
walk-together-on-home = {$note} (Preguntas para los dos, en el inicio.)
walk-your-draft = Tu borrador (sin guardar)
walk-your-answer = Tu respuesta guardada
walk-go-on-from-it = Para seguir desde ahí, empieza con una línea que tenga solo {$mark}; si no, lo que escribas la reemplaza.
walk-write-answer = Escribe tu respuesta ({$reach}). Termina con una línea que tenga solo un punto. Un punto solo deja de escribir.
walk-commit-own = Escribe tu propio compromiso, en una frase («Esta semana voy a…»). Termina con una línea que tenga solo un punto.
walk-commit-choose = Elige un compromiso pequeño para practicar:
walk-practising = Estás practicando: {$text}
walk-review-ask = Desde el {$date} ({$days} días). ¿Revisarlo ahora? Una vez revisado, la práctica de este compromiso termina; se sugiere más o menos una semana.
walk-since = Desde el {$date}. Cuando hayas vivido con él un tiempo, revisa cómo fue.
walk-review-note = ¿Algo que quieras anotar? Termina con una línea que tenga solo un punto (un punto solo guarda la revisión sin nota).
walk-how-kept = ¿Qué tanto lo cumpliste?
walk-done = Esta estrategia está hecha. Puedes volver a recorrerla cuando quieras.
key-close-the-guidance = cerrar la guía
key-continue-to-the-prompts = seguir a las preguntas
key-write-my-own = escribir el mío
key-kept = lo cumplí
key-partly-kept = lo cumplí en parte
key-not-kept = no lo cumplí

## walk: cómo estás

walk-checkin-leave = ¿Salir? Lo que marcaste no se guarda.
walk-checkin-scale = Cómo estás, pregunta {$n} de {$all}. {$scale}: de {$lo} ({$low}) a {$hi} ({$high}).
walk-checkin-now = {" "}Ahora {$value}.
walk-feelings-today = Sentimientos de hoy
walk-body-signs-today = Lo que notas hoy en el cuerpo
walk-none = nada
walk-checkin-ticks = Cómo estás, pregunta {$n} de {$all}. {$what}, si hay alguno (opcional). Un número marca o desmarca uno. Marcado: {$now}.
walk-checkin-note = Cómo estás, pregunta {$n} de {$all}. Una nota sobre hoy, en una línea (opcional; sigue siendo tuya). Escríbela y pulsa Enter, o pulsa solo Enter para guardar sin nota.
walk-checkin-note-so-far = La nota hasta ahora (lo que escribas se añade después): {$note}
walk-checkin-reviews = Estos compromisos ya llevan una semana o más de práctica. ¿Revisar uno ahora?
walk-review-choice = revisar: {$text}
walk-ticked = { $ticked ->
    [yes] {$label} (marcado)
   *[no] {$label} (sin marcar)
}

## Proteger y abrir

pass-title = { $step ->
    [unlock] Abrir tus entradas
    [recover] Abrir con tu clave de recuperación
    [new] Una contraseña nueva
   *[protect] Proteger mis entradas privadas
}
pass-making-key = Creando tu clave… (tarda un momento a propósito)
pass-sealing = Sellando {$done} de {$total}…
pass-choose-new = {$name}, elige una contraseña nueva
pass-choose-new-body = Tu clave de recuperación abrió tu cuaderno. Elige una contraseña nueva de unas palabras que vayas a recordar; tu clave de recuperación sigue funcionando.
pass-new-field = Contraseña nueva
pass-choose = {$name}, elige una contraseña
pass-choose-body = Todo lo tuyo (entradas, cómo estás, progreso, borradores) se guardará cifrado, así que nadie que abra los archivos de trustmend podrá leerlo, y nadie entra en tu cuaderno sin la contraseña. Guardar nunca pide la contraseña; la escribes una vez al empezar, y tus entradas se vuelven a cerrar tras {$minutes} minutos sin uso.
    
    Si la olvidas, la clave de recuperación que verás después es la única forma de volver; sin las dos, tus entradas protegidas quedan cerradas para siempre: nadie puede abrirlas, ni siquiera quienes hicieron trustmend. Elige unas palabras que vayas a recordar.
pass-field = Contraseña
pass-confirm = Escríbela otra vez
pass-confirm-body = La misma contraseña otra vez, para estar seguros.
pass-confirm-field = Contraseña otra vez
pass-unlock = {$name}, tus entradas privadas están protegidas
pass-unlock-body = Escribe tu contraseña para abrir tu cuaderno. Abrirlo tarda un momento a propósito. {$back} lo deja cerrado: no se pierde nada, y nadie entra sin ella. ¿La olvidaste? {$recover} usa tu clave de recuperación.
pass-recovery-shown = Tu clave de recuperación
pass-recovery-shown-body = Si algún día olvidas tu contraseña, esta clave abre tu cuaderno y te deja elegir una nueva. Anótala ahora, exactamente, y guárdala en un lugar al que solo tú puedas llegar. Se muestra solo esta vez y no se guarda en ningún sitio.
    
    {$key}
    
    Sin tu contraseña o esta clave, nadie puede abrir lo que escribiste, ni siquiera quienes hicieron trustmend. Pulsa {$open} cuando la hayas anotado.
pass-protecting = {$name}, protegiendo tu cuaderno
pass-protecting-body = Se está creando tu clave, y luego cada uno de tus registros se sella con ella. Puede tardar un rato con un diario largo; mientras tanto las teclas siguen funcionando. {$back} lo detiene, y no cambia nada.
pass-recover = {$name}, tu clave de recuperación
pass-recover-body = Escribe la clave de recuperación que anotaste al proteger tu cuaderno (los espacios y las mayúsculas no importan). Después eliges una contraseña nueva. {$back} vuelve atrás.
pass-recover-field = Clave de recuperación
pass-unlocking = Abriendo… (tarda un momento a propósito)

## Sin guardar todavía

unsaved-heading = Algunas de tus palabras todavía no están en el disco
unsaved-why-unknown = el último guardado no terminó.
unsaved-ask = trustmend no pudo guardarlas, así que no se ha cerrado: salir ahora las perdería. Aquí están a salvo mientras esta ventana siga abierta.
    
    {$retry} lo intenta otra vez (libera algo de espacio o arregla la carpeta antes). {$copy} escribe una copia de todo en otra carpeta, como una memoria USB, que trustmend puede abrir después. {$lose} sale sin ellas.
    
    Qué salió mal: {$why}
unsaved-folder = Escribe la carpeta para la copia y pulsa {$open}. trustmend crea dentro una carpeta nueva, que solo tú puedes leer, con el diario tal como está ahora (las entradas protegidas siguen selladas). Ábrela después con trustmend --data-dir y esa carpeta.
unsaved-confirm-lose = ¿Salir y perder lo que no está guardado? No se puede deshacer: las palabras escritas desde el último guardado se perderán. {$yes} sale; {$no} vuelve atrás.
unsaved-folder-field = Carpeta
unsaved-writing = Escribiendo la copia…

## Progreso

range = { $range ->
    [two-weeks] 2 semanas
    [three-months] 3 meses
   *[all] todo
}
progress-showing-all = Mostrando cómo has estado: todo
progress-showing-last = Mostrando cómo has estado: las últimas {$range}
progress-showing-strategies = Mostrando las estrategias
progress-check-ins = Cómo estás
progress-strategies = Estrategias
progress-range = {"      "}Periodo:{" "}
progress-none-yet = Todavía no hay registros de cómo estás. Toma un minuto: pulsa {$back} y luego {$checkin}.
progress-none-in = No hay registros de cómo estás en las últimas {$range}. Toma un minuto: pulsa {$back} y luego {$checkin}.
progress-days = {$n} de {$all} días con registro · "·" es un día sin registro.
progress-both-allow = Los dos permiten que sus números se muestren juntos. Las notas nunca se comparten.
progress-own-only = Solo se muestran tus números: se muestran juntos solo cuando los dos lo permiten. Las notas nunca se comparten.
progress-yours-alone = Tus números son solo tuyos: solo se muestra tu línea. Las notas nunca se comparten.
progress-trust-title = Confianza ahora, de 0 a 10{"   "}
progress-strategies-legend = Cada estrategia de su inicio (├) a su final (✓); ▸ si todavía sigue.
progress-done-on = hecha {$date}
progress-commitments = Compromisos
progress-commitments-none = {"  "}Ninguno aún: cada estrategia acaba con un compromiso para una semana.
progress-tally = { $tally ->
    [kept] cumplidos
    [partly] en parte
    [not] no cumplidos
   *[practising] en práctica
}

## Las tareas de un terapeuta

homework-none = Aquí no hay tareas. El archivo de un terapeuta se añade con `trustmend homework import ARCHIVO`.
homework-from = De {$name}, desde el {$date}
homework-prompt-detail = Una pregunta de {$name}, todavía sin responder. {$open} la abre sola; la estrategia se queda donde la dejaste.
homework-measure-detail = Un cuestionario que te pide {$name}: {$about} {$open} lo abre en su primera pregunta. Tus respuestas son tuyas; le llegan a {$name} solo en un informe que tú decidas exportar.
homework-step-detail = {$go} abre esta estrategia.{ $added ->
    [0] {""}
    [one] {" "}{$name} añadió 1 pregunta para ti, después de las habituales.
   *[other] {" "}{$name} añadió {$added} preguntas para ti, después de las habituales.
}{ $open ->
    [0] {""}
    [one] {" "}1 todavía no tiene respuesta: está abajo, para abrirla directamente.
   *[other] {" "}{$open} todavía no tienen respuesta: están abajo, para abrirlas directamente.
}

## Lo que el cuaderno responde (avisos y problemas)

notice-every-strategy-done = Ya hiciste todas las estrategias. Puedes volver a abrir la que quieras.
safety-retake-now = Si algo ha cambiado, puedes volver a responder tus preguntas privadas de seguridad: pulsa {$key}.
safety-retake-from = Podrás volver a responder tus preguntas privadas de seguridad a partir del {$date}, una semana después de tus últimas respuestas: ese día, pulsa {$key} aquí.
safety-retake-not-taken = Las preguntas privadas de seguridad se hacen la primera vez que se abren los ejercicios en pareja.
couples-not-available = Los ejercicios en pareja no están disponibles por ahora.
couples-what-opens = Antes, cada uno de ustedes responde unas breves preguntas privadas.
couples-closed-row = Cerrado por ahora. { couples-what-opens }
couples-not-available-full = { couples-not-available } { couples-what-opens } Puedes seguir con el cuaderno por tu cuenta; tu diario sigue siendo privado.
couples-opens-after = Se abre después de unas preguntas privadas de seguridad ({$open}).
couples-not-open = Cerrado por ahora. {$open} te dice por qué, y dónde encontrar apoyo.
safety-choose-first = Primero elige una de las tres respuestas.
couples-on = Gracias. El modo en pareja está activo: ya pueden compartir entradas y responder juntos.
couples-thanks-not-available = Gracias. { couples-not-available-full }
help-offered = Tu seguridad va primero, así que aquí tienes a quién acudir. Tu marca sigue siendo privada.
depart-read-only = Esta ventana solo puede leer (el cuaderno está abierto en otra parte, o no se puede escribir en su carpeta), así que desde aquí no puedes irte. Cierra primero el otro trustmend.
depart-cancelled = Sigues en este cuaderno; no se borró nada.
journal-draft-back = Tu entrada sin guardar ha vuelto.
journal-new-private = Es privada: solo tú puedes leerla.
journal-new-shared = Se compartirá, como pide tu configuración ({$share} la hace privada).
journal-nothing-written = Todavía no has escrito nada. Pulsa {$back} para salir sin crear una entrada.
journal-locked-entry = Esta entrada está cerrada. Abre tus entradas ({$protect} en el inicio) para cambiarla.
journal-empty-not-saved = Una entrada vacía no se guarda. Para borrarla, pulsa {$back} y luego {$delete}.
journal-draft-kept = { $what ->
    [entry] Tu entrada se queda como borrador. Pulsa {$new} para seguir.
    [reply] Tu respuesta se queda como borrador. Pulsa {$reply} sobre la entrada para seguir.
   *[changes] Tus cambios se quedan como borrador. Pulsa {$edit} sobre la entrada para seguir.
}
journal-reply-always-shared = Una respuesta siempre la ve la persona a quien respondiste. Para retirarla, bórrala ({$delete}).
journal-share-check-first = Antes de compartir, cada uno responde unas breves preguntas privadas de seguridad: abre Compartido en el inicio.
journal-share-question = {$who} podrá leer esto. ¿Compartir?
journal-shared-with-later = Quien se una a este cuaderno más adelante
journal-shared-with-partner = Tu pareja
journal-now-shared = Compartida: tu pareja puede leer esta entrada en Compartido. Pulsa {$share} otra vez para hacerla privada.
journal-now-private = Privada: ahora solo tú puedes leer esta entrada.
journal-deleted = Entrada borrada.
save-all-saved = Todo lo que escribiste está guardado.
save-again = Guardando otra vez…
save-saved-on-disk = Guardado. Todo lo que escribiste está en el disco.
save-saving = Guardando…
save-failed = { $what ->
    [journal] Tu diario todavía no está guardado
   *[draft] Tu borrador todavía no está guardado
}, pero no se perdió nada: { $keys ->
    [none] tu próximo cambio lo intenta otra vez
   *[other] {$keys} lo intenta otra vez (y también tu próximo cambio)
}. {$why}
unsaved-folder-empty = Escribe una carpeta donde se pueda escribir (otro disco o una memoria USB) y pulsa {$open}.
unsaved-kept = No se perdió nada: tus palabras siguen aquí. {$save} intenta guardar otra vez; {$quit} sale.
unsaved-copy-written = Tu diario no se pudo guardar en su carpeta, así que hay una copia de todo lo que tiene en {$folder}. Para seguir desde ella, ejecuta: trustmend --data-dir {$folder}
homework-strategy-missing = Esta estrategia no está en el paquete de contenido que usas, así que no se puede abrir. Pregúntale a tu terapeuta qué paquete quería decir.
strategy-prompt-alone = Esta pregunta está abierta sola. {$back} vuelve a la lista.
strategy-unsaved-skip = Estas palabras aún no están guardadas. Pulsa {$open} y luego {$save} para conservarlas, o bórralas para saltar la pregunta.
strategy-unsaved-first = Estas palabras aún no están guardadas. Pulsa {$open} y luego {$save} para conservarlas primero.
strategy-first-prompt = Esta es la primera pregunta.
strategy-answer-locked = Tu respuesta anterior a esta pregunta está cerrada. Abre tus entradas ({$protect} en el inicio) para cambiarla; estas palabras se quedan aquí como borrador.
strategy-empty-answer-kept = Una respuesta vacía no se guarda; tu respuesta anterior sigue ahí. Bórrala desde el diario si quieres quitarla.
strategy-nothing-written = Todavía no has escrito nada. Pulsa {$back} y luego {$skip} para saltar esta pregunta.
strategy-commitment-first = Primero escribe el compromiso, en una frase: "Esta semana voy a…"
measure-alert = Gracias por responder con sinceridad. Pensar que estarías mejor muerto o en hacerte daño merece cuidado hoy mismo, sean como sean tus otras respuestas: por favor, habla con alguien ahora. Aquí tienes a quién acudir. Tus respuestas son solo tuyas.
measure-choose-first = Primero elige una respuesta: ↑↓ y luego {$open}, o su número.
measure-nothing-kept = No se guardó nada de este cuestionario.
measure-saved = Guardado. Estas respuestas son solo tuyas.
editor-protected = Tus entradas están protegidas, así que se quedan en el editor de trustmend: otro editor las necesitaría en un archivo sin cifrar en el disco.
editor-nothing-open = Primero abre algo para escribir; después {$own} lo lleva a tu propio editor.
editor-left-empty = Tu editor dejó el archivo vacío, así que no se cambió nada.
editor-nowhere-back = No había ningún texto abierto al que devolver tus palabras.
editor-text-back = El texto de tu editor ya está aquí. {$save} lo guarda.
editor-unchanged = El texto volvió sin cambios. (Si tu editor abre su propia ventana, pídele que espere, por ejemplo `code --wait`.)
progress-sharing-on = Los números de tus registros ya pueden mostrarse junto a los de tu pareja, si ella también lo permite. Las notas nunca se comparten.
progress-sharing-off = Los números de tus registros ahora son solo tuyos, y la gráfica compartida muestra solo tu propia línea.
reply-own-entry = Puedes responder a lo que tu pareja compartió; a tus propias entradas te responde ella.
reply-already = Ya respondiste a esto; {$reply} cambia tu respuesta.
reply-saved = Guardado. {$name} lo verá debajo de la entrada.
reply-empty = Una respuesta vacía no se guarda. Para quitar la tuya, bórrala en tu diario ({$delete}).
together-answer-in = Tu respuesta ya está. Las respuestas se abren lado a lado cuando tu pareja también haya respondido.
pass-already = Tus entradas privadas ya están protegidas con una contraseña, y abiertas.
pass-recovery-wrong = Esa clave de recuperación no abre este cuaderno. Revisa cada grupo de letras e inténtalo de nuevo, o {$back} para volver.
pass-recovery-unusable = No se puede usar la clave de recuperación: {$why}.
pass-still-locked = Siguen cerradas.
pass-not-protected = No se cambió nada: tus entradas no están protegidas.
pass-too-short = Usa al menos {$min} caracteres: unas pocas palabras que vayas a recordar funcionan bien.
pass-no-match = Las dos no coinciden. Elígela otra vez.
pass-type-it = Escribe tu contraseña y pulsa {$open}.
pass-protecting-notice = Protegiendo: sellando tus entradas privadas en el disco…
pass-protected = Protegido. Todo lo tuyo se guarda ahora cifrado. Sin tu contraseña o tu clave de recuperación, queda cerrado para siempre.
pass-new-failed = No se pudo poner la nueva contraseña: {$why}. No se cambió nada.
pass-opened-some-sealed = Abierto, pero {$failed} registros no se pudieron abrir con tu clave; siguen sellados y sin cambios.
pass-saving-new = Guardando tu nueva contraseña…
pass-new-saved = Tu nueva contraseña está guardada, y tu clave de recuperación sigue funcionando. Guárdala en un lugar seguro.
pass-unlocked-some-sealed = Abiertas, pero {$failed} entradas no se pudieron abrir con tu clave; siguen selladas y sin cambios.
pass-unlocked = Abiertas. Tus entradas se vuelven a cerrar cuando cambias de persona o dejas el teclado un rato.
pass-wrong = Esa contraseña no abre tus entradas. { $left ->
    [one] Te queda 1 intento.
   *[other] Te quedan {$left} intentos.
}
pass-wrong-last = Esa contraseña no las abrió, así que siguen cerradas.
pass-unlock-failed = Esta vez no se pudieron abrir tus entradas: {$why}. No se cambió nada; pulsa {$open} para intentarlo otra vez, o {$back} para dejarlas cerradas.
pass-lock-failed = No se pudieron cerrar tus entradas: {$why}.
pass-idle-locked = Tus entradas se cerraron tras un rato sin uso. Tus palabras sin guardar se conservan, selladas.
pass-locked-out-pick = {$why} No se abrió ni se cambió nada; elige quién está aquí.
pass-locked-out-again = {$why} No se abrió ni se cambió nada; pulsa {$open} para intentarlo otra vez.
pass-not-protected-person = esta persona no está protegida

## Dejar este cuaderno

depart-title = ¿Dejar este cuaderno, {$name}?
depart-stays = {" "}El diario, los registros y el progreso de {$other} no se tocan.
depart-shared = {" "}Se te preguntará si { $n ->
    [one] tu entrada compartida se queda
   *[other] tus {$n} entradas compartidas se quedan
} para que {$other} pueda leer{ $n ->
    [one] la
   *[other] las
}.
depart-explain = Al irte, desapareces de este cuaderno: { $entries ->
    [one] {$entries} entrada privada
   *[other] {$entries} entradas privadas
}, { $checkins ->
    [one] {$checkins} registro de cómo estás
   *[other] {$checkins} registros de cómo estás
}, tu progreso en { $strategies ->
    [one] {$strategies} estrategia
   *[other] {$strategies} estrategias
}, tus compromisos, tareas y borradores — del diario, de sus copias de seguridad y de todos los demás archivos de su carpeta.{$stays}
    
    Antes de borrar nada, trustmend cierra esta pantalla y te ofrece, en la línea de comandos, guardar una copia de tus propias entradas (Markdown o HTML; sellada con tu contraseña si proteges tus entradas).{$shared}
    
    Esto no se puede deshacer. No alcanza a las exportaciones ya hechas ni a copias fuera de la carpeta de datos.
    
    {$yes} continúa; {$no} te deja aquí.
depart-confirm = ¿De verdad quieres irte, {$name}? Una vez ofrecida la copia, todo lo tuyo se borra para siempre.
    
    {$yes}: sí, irme ahora (primero se guardan tus palabras, luego vienen las preguntas). {$no}: quedarme.

## Cuestionarios (la pantalla completa, walk y Progreso)

title-measures = Cuestionarios
measure-intro = Cuestionarios breves que los profesionales usan entre sesiones, más o menos cada dos semanas. Tus respuestas se guardan en tu propio registro, solo para ti; le llegan a un terapeuta únicamente en un informe que tú decidas exportar.
walk-measure-intro = Cuestionarios que los profesionales usan entre sesiones, más o menos cada dos semanas. Tus respuestas se guardan en tu propio registro, solo para ti; le llegan a un terapeuta únicamente en un informe que tú decidas exportar. Un número abre uno.
measure-when = { $when ->
    [offered-answered] te toca ahora; última vez el {$date}
    [offered] te toca ahora
    [answered] respondido el {$date}
   *[not] todavía sin responder
}
measure-source = Fuente: {$source}
measure-question-of = {$name} · pregunta {$n} de {$all}
walk-measure-question-of = {$name}, pregunta {$n} de {$all}.
walk-measure-type-answer = Escribe el número de tu respuesta.
measure-bands = Cómo agrupan los totales quienes crearon el {$name}: {$bands}.
measure-band = de {$min} a {$max} {$label}
measure-said = {$total} de {$all}: {$label} (de {$min} a {$max})
measure-said-no-band = {$total} de {$all}
measure-not-a-diagnosis = Un cuestionario no es un diagnóstico: muestra cómo han sido las últimas semanas, con números que puedes seguir con el tiempo. Si un puntaje te preocupa, o sigue subiendo, háblalo con un médico o con tu terapeuta.
measure-history-one = {$name}: {$said} (respondido el {$when})
measure-history-many = {$name}: {$first} → {$latest} ({$n} respuestas, la última el {$when})

## El estado de una tarea, y la búsqueda del diario

homework-step-state = { $state ->
    [done] hecha el {$date}
    [overdue] atrasada ({$date})
    [today] para hoy
    [due] para el {$date}
   *[none] sin fecha
}
homework-measure-state = { $state ->
    [answered] respondido {$on}, próximo {$next}
   *[due] por responder
}
homework-done-of = {$done} de {$all} hechas
search-label = Buscar:{" "}
search-count = { $looking ->
    [yes] { $n ->
        [0] buscando todavía…
        [one] 1 encontrada, buscando todavía…
       *[other] {$n} encontradas, buscando todavía…
    }
   *[no] { $n ->
        [0] no se encontró nada
        [one] 1 encontrada
       *[other] {$n} encontradas
    }
}
search-locked = { $n ->
    [one] 1 entrada cerrada se busca
   *[other] {$n} entradas cerradas se buscan
} solo después de abrirlas ({$protect} en el inicio).
search-none-filters = Ninguna entrada cumple estos filtros. 0 los quita.
search-none-words = Ninguna entrada tiene estas palabras. {$back} borra la búsqueda.
search-none-both = Ninguna entrada tiene estas palabras con estos filtros. 0 quita los filtros.
search-strategy-all = todas las estrategias
search-strategy-none = sin estrategia
search-kind = { $kind ->
    [prompt] respuestas
    [free] entradas libres
    [together] juntos
    [review] revisiones
    [reply] réplicas
   *[all] todo tipo
}
search-visibility = { $visibility ->
    [private] privadas
    [shared] compartidas
   *[both] privadas y compartidas
}
search-since = { $since ->
    [week] últimos 7 días
    [month] últimos 30 días
    [year] último año
   *[any] cuando sea
}
search-from = de {$name}

## Respuestas (bajo una entrada, en el diario, al escribir una)

reply-replied = ── { $who ->
    [you] Tú respondiste
    [former] Respondió alguien que ya no está
   *[name] {$name} respondió
}, {$when} ──
reply-answers = Tu respuesta a la entrada { $who ->
    [you] tuya
    [former] de alguien que ya no está
   *[name] de {$name}
} del {$when}
reply-answers-gone = Tu respuesta (la entrada a la que respondía ya no se comparte contigo)
reply-title = Tu respuesta
reply-title-shared = Tu respuesta (compartida: { $who ->
    [you] tú la lees
    [former] la lee alguien que ya no está
   *[name] {$name} la lee
})
reply-replying-to = Respondes a la entrada { $who ->
    [you] tuya
    [former] de alguien que ya no está
   *[name] de {$name}
} del {$when}
reply-placeholder = Unas palabras de vuelta. Se comparten: las leen los dos.
reply-shared-by-nature = Una respuesta se comparte siempre: {$name} la lee bajo la entrada, y tú también.
reply-your-partner = tu pareja
reply-read-it = Lo he leído.
shared-replies = {" "}({ $n ->
    [one] {$n} respuesta
   *[other] {$n} respuestas
})

## Lo que el cuaderno dice al abrirse

open-opening = Abriendo tu diario…
open-settings-warnings = Configuración (cualquier tecla oculta esto): {$warnings}
open-nothing-changed = {$why}. No se cambió nada.
open-no-one-called = Todavía no hay nadie llamado {$name} aquí.
open-no-one-called-full = No hay nadie llamado {$name} aquí, y {$why}.
open-read-only = Solo lectura: {$why} Puedes mirar; aquí no se guarda nada.
backups-sealed = { $n ->
    [one] Una copia de seguridad antigua tenía estas palabras sin cifrar; ahora también está sellada.
   *[other] {$n} copias de seguridad antiguas tenían estas palabras sin cifrar; ahora también están selladas.
}

## walk: el diario y Compartido

key-share-it-with-your-partner = compartirla con tu pareja
key-make-it-private-again = volver a hacerla privada
key-say-i-read-this = decir «Lo he leído»
walk-journal-editing = { $what ->
    [new] Una entrada nueva
    [reply] Tu respuesta (se comparte siempre)
   *[edit] Editando tu entrada
}. Lo que dice ahora:
walk-journal-type-whole = Escribe la entrada entera como debe quedar. Termina con una línea que tenga solo un punto. Un punto solo sale sin cambiarla.
walk-journal-draft = Cambios en esta entrada que aún no están guardados:
walk-journal-link = Una entrada nueva. ¿Pertenece a una estrategia? (También puedes solo escribir.)
walk-journal-empty = Tu diario todavía no tiene entradas. Las respuestas que guardes en una estrategia aparecen aquí.
walk-journal-count = { $n ->
    [one] Tu diario: 1 entrada.
   *[other] Tu diario: {$n} entradas, de la más nueva a la más antigua. Entradas {$from} a {$to}:
}
walk-journal-edited = {" "}· editada el {$when}
walk-shared-none = Todavía no hay nada compartido. En tu diario, elige una entrada y compártela.
walk-shared-entry = Entrada compartida {$n} de {$all}, de {$who}, {$when}:
walk-shared-reply = Respuesta de {$who}, {$when}: {$text}
walk-someone = Alguien

## walk: las tareas

walk-homework-from = Tareas de {$name}, desde el {$date}.
walk-homework-done-of = {$done} de {$all} hechas. Un número abre esa estrategia, o esa pregunta o cuestionario por sí solo.
walk-homework-step = {$title} ({$state}{ $added ->
    [0] {""}
    [one] , con 1 pregunta de {$name}
   *[other] , con {$added} preguntas de {$name}
})
walk-homework-prompt = {"  "}↳ de {$name}, todavía sin responder: {$text}
walk-homework-measure = Cuestionario: {$name} ({$state})

## walk: el progreso

walk-trend = { $trend ->
    [up] subiendo, de más o menos {$from} a más o menos {$to}
    [down] bajando, de más o menos {$from} a más o menos {$to}
    [steady] más o menos igual, alrededor de {$from}
   *[few] no hay registros suficientes para decirlo
}
walk-range-words = { $range ->
    [all] desde el primer registro
   *[other] en las últimas {$label}
}
walk-progress-another-range = otro periodo (ahora {$range})
key-the-check-ins-instead = ver los registros
key-the-strategies-instead = ver las estrategias
walk-progress-checkins = Progreso: tus registros {$range}.
walk-progress-none = Todavía no hay registros. Un registro toma un minuto: c en el inicio.
walk-progress-last = Último registro {$when}: ánimo {$mood}, confianza {$trust}, sueño {$sleep}, apetito {$appetite}, estrés {$stress}.
walk-progress-mark = { $per ->
    [1] cada marca es un día
   *[other] cada marca es hasta {$per} días
}
walk-progress-days = {$days} de {$all} días con registro. En cada línea de abajo, {$mark}, de lo más bajo ▁ a lo más alto █, y · es un tiempo sin registro.
walk-progress-measure = { $measure ->
    [trust] Confianza
    [mood] Ánimo
    [sleep] Sueño
   *[stress] Estrés
} (de {$lo} a {$hi}): {$trend}. {$strip}
walk-progress-their-trust = La confianza de {$name} (los dos permiten leerla juntos): {$trend}. {$strip}
walk-progress-own-only = Solo se leen tus propios números: los números se leen juntos solo cuando los dos lo permiten. Las notas nunca se comparten.
walk-progress-yours-alone = Los números de tus registros son solo tuyos. Las notas nunca se comparten.
walk-progress-strategies = Progreso: las estrategias.
walk-progress-begun = , empezada el {$date}
walk-progress-done = , terminada el {$date}
walk-progress-tally = Compromisos: {$kept} cumplidos, {$partly} cumplidos en parte, {$not} no cumplidos, {$practising} todavía en práctica.

## walk: la contraseña y las palabras sin guardar

walk-pass-choose = Elige una contraseña para tus entradas privadas (al menos {$min} caracteres; unas palabras que vayas a recordar). No se muestra mientras escribes. Una línea vacía vuelve atrás sin proteger nada.
walk-pass-confirm = Escribe la misma contraseña otra vez. Una línea vacía vuelve atrás.
walk-pass-unlock = Este cuaderno está protegido. Escribe tu contraseña para abrirlo (no se muestra mientras escribes), o una línea vacía para dejarlo cerrado: nadie entra sin ella. ¿La olvidaste? Escribe {$recover} para usar tu clave de recuperación.
walk-pass-protecting = Protegiendo: se está creando tu clave y se sellan tus registros. Puede tardar un rato con un diario largo.
walk-pass-recover = Escribe la clave de recuperación que anotaste (los espacios y las mayúsculas no importan), o una línea vacía para volver.
walk-pass-recovery-key = Tu clave de recuperación: {$key}
    Si algún día olvidas tu contraseña, esta clave abre tu cuaderno y te deja elegir una nueva. Anótala ahora y guárdala donde solo tú puedas llegar: se muestra solo esta vez. Pulsa Enter cuando la tengas anotada.
walk-unsaved-folder = Escribe la carpeta para una copia de todo (por ejemplo una memoria USB) y pulsa Enter.
walk-unsaved-confirm-lose = ¿Salir y perder lo que no está guardado? No se puede deshacer.
walk-unsaved-ask = Algunas de tus palabras todavía no están en el disco, así que trustmend no ha salido: salir ahora las perdería.
    Qué falló: {$why}

## walk: la revisión de seguridad privada, las preguntas para los dos, leerlas juntos, salir

walk-check-answers = Tus respuestas (todavía no se guarda nada):
walk-check-change = cambiar la respuesta {$n}
walk-together-intro = Preguntas para los dos. Cada uno responde por su cuenta (un número abre una para responderla). Ninguno lee la respuesta del otro hasta que estén las dos; entonces cualquiera de los dos puede abrirlas una al lado de la otra.
walk-together-prompt-of = {$strategy}: {$prompt} ({$state})
walk-together-prompt = {$prompt} ({$state})
walk-reveal-you-wrote = Tú escribiste:
walk-reveal-wrote = {$name} escribió:
walk-depart = Dejar este cuaderno te saca a ti y a todo lo tuyo de él; se pregunta dos veces y no se puede deshacer. En el modo línea a línea se hace desde la línea de comandos, que antes te ofrece una copia de tus entradas:

## Writing closed, and a copy that could not be written

read-only-writing-closed = En esta ventana solo se puede mirar, así que no se puede escribir: {$why} Puedes recorrerla con calma; aquí no se guarda nada. Cierra la otra ventana y vuelve a abrir trustmend para escribir.
unsaved-copy-failed = No se pudo escribir la copia ahí: {$why}

## Keys named in sentences (workbook::say): two keys for one thing

keys-or = {$first} o {$second}

## The command line: --help (from the clap definitions in src/cli.rs; the
## English must say what the derive says, see commands/help/tests.rs), and
## what the commands, doctor and the settings say

cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-heading-commands = Órdenes
cli-value-command = ORDEN
cli-value-options = OPCIONES
cli-usage = Uso
cli-help-flag = Muestra la ayuda (--help da más detalle)
cli-help-flag-long = Muestra la ayuda (-h da un resumen)
cli-version-flag = Muestra la versión
cli-help-about = Muestra esta ayuda, o la de las órdenes que digas
cli-help-arg = Las órdenes de las que quieres ver la ayuda
cli-translation-note = Estas palabras se tradujeron con cuidado, pero todavía no las ha revisado un profesional de la salud mental que hable español.
cli-note-values = valores: { $values }
cli-note-default = si no dices nada: { $value }
cli-note-env = también con la variable de entorno { $name }
cli-error-unknown-argument = trustmend no conoce '{ $arg }'
cli-error-unknown-command = trustmend no tiene ninguna orden '{ $command }'
cli-error-no-value = a '{ $arg }' le falta un valor
cli-error-invalid-value = '{ $value }' no es un valor posible de '{ $arg }'
cli-error-valid-values = Puede ser: { $values }.
cli-error-bad-value = '{ $value }' no sirve para '{ $arg }': { $why }
cli-error-date = escribe el día como AAAA-MM-DD, por ejemplo 2026-03-01
cli-error-missing = falta algo que hace falta: { $arg }
cli-error-missing-command = esta orden necesita otra detrás: { $commands }
cli-error-conflict = '{ $arg }' no se puede usar junto con '{ $other }'
cli-error-other = no se entendió la línea de órdenes
cli-error-did-you-mean = ¿Querías decir '{ $suggestion }'?
cli-error-more = Para saber más, escribe '--help'.
cli-value-dir = CARPETA
cli-value-name = NOMBRE
cli-value-file = ARCHIVO
cli-value-when = CUÁNDO
cli-value-recipient = DESTINATARIO
cli-value-backup = COPIA
cli-value-date = FECHA
cli-value-id = ID
cli-value-numbers = NÚMEROS
cli-value-text = TEXTO
cli-value-shell = SHELL
cli-value-format = FORMATO
cli-value-role = PAPEL
cli-value-old = ANTES
cli-value-new = AHORA
cli-about = Un cuaderno de recuperación guiada, en la terminal, para reconstruir la confianza después de una traición
cli-long-about =
    Un cuaderno guiado para reconstruir la confianza después de una traición, en tu terminal.

    trustmend te acompaña por diez estrategias (la comunicación abierta, la transparencia, una disculpa sincera, los actos constantes, la paciencia, reconstruir poco a poco, la terapia, los límites, la empatía y el perdón) con preguntas para escribir, compromisos y repasos. Todo se queda en este ordenador.

    Es un cuaderno de trabajo, no es una terapia. Si no te sientes a salvo, abre «Ayuda y seguridad» en la pantalla de inicio: ahí están los lugares a los que puedes acudir.
cli-after-help =
    Sin ninguna orden, trustmend abre el cuaderno. Las teclas están siempre abajo en cada pantalla; pulsa ? para verlas todas.

    Ejemplos:
      trustmend                                 abre el cuaderno
      trustmend status                          un resumen de cómo vas
      trustmend write "Una tarde más tranquila" una entrada privada, guardada al momento
      trustmend export --output diario.md       tu diario en Markdown
      trustmend export --format html --since 2026-03-01 -o semana.html
                                                las entradas de esta semana, para imprimir
      trustmend content export mi-paquete       copia el contenido incluido para editarlo
      trustmend homework import tarea.toml      añade la tarea de tu terapeuta
      trustmend doctor                          revisa el diario y enumera sus copias de seguridad
cli-arg-data-dir = Dónde se guarda tu diario (si no dices nada, en la carpeta de datos de tu sistema)
cli-arg-content = Usa el paquete de contenido de CARPETA en lugar del incluido (lo que le falte sale del incluido)
cli-arg-profile = Empieza como esta persona (por su nombre), o elige de quién es el resumen o la exportación
cli-arg-config = Lee los ajustes de ARCHIVO en lugar de config.toml en la carpeta de configuración de tu sistema
cli-arg-color = Cuándo usar color: auto (en una terminal, si `NO_COLOR` no está puesta), always (siempre) o never (nunca)
cli-arg-accessible = Para un lector de pantalla: el ajuste `accessible` solo esta vez (sin bordes de cajas, nada que se mueva; el cursor está en lo que está elegido o en lo que se lee)
cli-status-about = Muestra un resumen de tu progreso, en texto sencillo
cli-export-about = Escribe tu diario (tus entradas y las compartidas, nunca las privadas de otra persona)
cli-export-arg-format = El formato del archivo: markdown, json, o html (una sola página para leer, imprimir o llevar a una sesión)
cli-export-arg-output = Escribe en ARCHIVO en lugar de la salida estándar. ARCHIVO se crea de modo que solo tú puedes leer (0600), igual que la carpeta de datos, porque una exportación puede tener entradas privadas; un archivo que ya existe no se reemplaza sin --force
cli-export-arg-force = Reemplaza ARCHIVO si ya existe: la nueva exportación ocupa su lugar de una vez (si falla, el archivo anterior queda entero), y otra vez solo tú puedes leerlo
cli-export-arg-encrypt-to = Cifra la exportación para DESTINATARIO, una clave pública de age (age1…), o para cada clave del archivo DESTINATARIO (una por línea, # para comentarios); repítelo para añadir más. Solo quien tenga una clave que encaje puede abrirla: `age -d -i ARCHIVO-DE-CLAVE ARCHIVO`
cli-export-arg-passphrase = Cifra la exportación con una frase de contraseña, escrita dos veces y sin que se vea; si la entrada estándar no es una terminal, su primera línea es la frase. Se abre con `age -d ARCHIVO` y esa frase
cli-export-arg-since = Solo las entradas escritas ese día o después (AAAA-MM-DD)
cli-export-arg-until = Solo las entradas escritas ese día o antes (AAAA-MM-DD)
cli-export-arg-strategy = Solo esta estrategia (su id, por ejemplo open-communication)
cli-export-arg-shared-only = Solo las entradas compartidas con la otra persona (sin compromisos ni registros de cómo estás)
cli-export-arg-select = Elige las entradas que van. Sola, muestra numeradas las entradas que llevaría la exportación y lee lo que eliges (como `1 3 5-7`); con NÚMEROS (como `1,3,5-7`), toma esas de esa misma lista. Los compromisos, los registros de cómo estás y las tareas se quedan como digan las demás opciones
cli-export-arg-search = Solo las entradas que tienen todas estas palabras, en el título o en el texto (sin importar mayúsculas ni tildes, igual que la búsqueda del diario)
cli-doctor-about = Revisa el diario, la sesión, las copias de seguridad y cada copia apartada; o recupera el diario
cli-doctor-arg-recover = Crea un store.json con todas las entradas que aún tenga cualquier archivo de la carpeta de datos (store.json, su registro de cambios, las copias de seguridad, los archivos apartados, el archivo temporal de un guardado interrumpido), guardando las líneas buenas alrededor de las dañadas. Es el paso que hay que dar siempre que el diario no se abra. No cambia ni mueve nada de lo que lee
cli-doctor-arg-restore = Como --recover, pero con la versión de cada entrada de esta copia de seguridad primero (un nombre de la lista, o una ruta). El archivo que reemplaza se guarda en backups/
cli-doctor-arg-rebuild = El nombre antiguo de --recover
cli-doctor-arg-repair = El nombre antiguo de --recover (da a las entradas que comparten un id un id propio)
cli-content-about = Revisa o copia paquetes de contenido (los textos de las estrategias, las preguntas frecuentes y la lista)
cli-content-check-about = Revisa un paquete de contenido y muestra un resumen de una línea (si no dices cuál, el incluido)
cli-content-check-arg-dir = La carpeta del paquete
cli-content-export-about = Escribe el paquete incluido en CARPETA, para empezar el tuyo a partir de él
cli-content-export-arg-dir = Una carpeta que todavía no tenga archivos de un paquete
cli-config-about = Mira tus ajustes (tema, editor, ritmo…) y dónde se guardan
cli-config-show-about = Muestra los ajustes en uso, y de qué archivo salen
cli-config-path-about = Muestra dónde está (o estaría) el archivo de ajustes
cli-completions-about = Muestra un guion de autocompletado para tu shell (por ejemplo `trustmend completions bash > ~/.local/share/bash-completion/completions/trustmend`)
cli-completions-arg-shell = La shell: bash, zsh, fish, elvish o powershell
cli-walk-about = El cuaderno como preguntas y respuestas sencillas, línea a línea, para lectores de pantalla (sin dibujar la pantalla entera; el mismo diario y el mismo progreso)
cli-man-about = Muestra la página del manual, en inglés (por ejemplo `trustmend man > ~/.local/share/man/man1/trustmend.1`)
cli-homework-about = Tareas de un terapeuta: muestra una plantilla, revisa un archivo, impórtalo
cli-homework-template-about = Muestra un archivo de tarea comentado para empezar (`> tarea.toml`)
cli-homework-check-about = Revisa un archivo de tarea y enumera cada problema con su línea y su columna
cli-homework-check-arg-file = El archivo .toml de la tarea
cli-homework-import-about = Añade una tarea a tu cuaderno (reemplaza la anterior; las entradas se quedan)
cli-homework-import-arg-file = El archivo .toml de la tarea
cli-partner-about = Añade, enumera, cambia el nombre o quita a las personas que usan este cuaderno
cli-partner-add-about = Añade a una persona, por ejemplo `trustmend partner add Sam --role repairing`
cli-partner-add-arg-name = Su nombre, tal como lo muestran la cabecera y la lista de personas
cli-partner-add-arg-role = En qué lado de la traición está; decide sus preguntas: hurt (le hirieron), repairing (está reparando la confianza), both (los dos se han hecho daño) o unsaid (prefiere no decirlo)
cli-partner-list-about = Enumera a las personas de este cuaderno: nombres y papeles, nada de lo que escribieron
cli-partner-remove-about = Quita a una persona de este cuaderno, con todo lo suyo (entradas, registros de cómo está, progreso, borradores) en cada archivo de la carpeta de datos, copias de seguridad incluidas. Antes ofrece una exportación y lo pregunta dos veces
cli-partner-remove-arg-name = Su nombre
cli-partner-remove-arg-export = Antes escribe sus propias entradas en ARCHIVO (.html para una página; si no, Markdown)
cli-partner-remove-arg-keep-shared = Guarda sus entradas compartidas para que la otra persona las lea
cli-partner-remove-arg-yes = Confirma sin preguntar (para un guion); las entradas compartidas se van salvo con --keep-shared
cli-partner-remove-arg-without-passphrase = Quita a una persona protegida sin su frase de contraseña: destruye su diario cifrado, que nadie podría volver a abrir
cli-partner-rename-about = Da otro nombre a una persona, por ejemplo `trustmend partner rename Sam Samira`
cli-partner-rename-arg-old = Su nombre ahora
cli-partner-rename-arg-new = El nombre que quiere
cli-write-about = Escribe una entrada privada en el diario desde la shell: `trustmend write "Hoy…"`. Sin TEXTO, se abre tu editor ($VISUAL, $EDITOR), o las palabras se leen de la entrada estándar cuando no es una terminal
cli-write-arg-text = Las palabras de la entrada (si son varias, se unen con espacios)
cli-write-arg-as-name = Quién escribe, cuando dos personas comparten el cuaderno (o usa --profile)
cmd-cannot-write-summary = no se pudo escribir el resumen
cmd-writing-export = Escribiendo la exportación
cmd-bundled-pack = paquete incluido
cmd-measures-problems = { $n } { $n ->
    [one] problema
   *[other] problemas
  } en los cuestionarios:
cmd-catalogues-differ = los catálogos de frases no coinciden con el inglés:
cmd-pack-ok = { $name }: bien — { $strategies } estrategias, { $prompts } preguntas, { $commitments } compromisos sugeridos, { $faq } preguntas frecuentes, { $signs } puntos en la lista de «¿cuándo es momento de seguir adelante?», { $lines } lugares de ayuda, { $questionnaires } cuestionarios
cmd-warning = aviso: { $warning }
cmd-restoring = Restaurando la copia de seguridad
cmd-recovering = Recuperando cada palabra
cmd-rebuilding = Reconstruyendo el diario
cmd-repairing = Reparando el diario
cmd-checking = Revisando el diario y sus copias de seguridad
cmd-doctor-problems = { $n ->
    [one] se encontró { $n } problema
   *[other] se encontraron { $n } problemas
  } (marcados con !! arriba)
cmd-reading-journal = Leyendo el diario
cmd-no-workbook = todavía no hay ningún cuaderno en { $dir }. Escribe `trustmend` para empezar uno.
cmd-no-one-called = no hay nadie llamado { $name } en este cuaderno (aquí están: { $names })
cmd-no-one-yet = todavía no hay nadie en este cuaderno. Escribe `trustmend` para empezar.
cmd-shared-by = este cuaderno lo comparten { $names }; di de quién se trata con --profile NOMBRE
cmd-and = y
cmd-pack-folder-taken = { $dir } ya tiene { $files }; no se escribió nada. Elige una carpeta vacía.
cmd-cannot-create = no se pudo crear { $path }
cmd-cannot-write = no se pudo escribir { $path }
cmd-pack-written = El paquete incluido está ahora en { $dir }. Puedes editarlo, revisarlo con `trustmend content check { $dir }` y usarlo con --content { $dir }.
settings-no-help-for = { $file }: el país { $code } no tiene lugares de ayuda propios en el paquete de contenido, así que la lista muestra los de todo el mundo (findahelpline.com); el paquete tiene { $known }
settings-unknown-key = { $at }: el ajuste `{ $key }` no existe y se ignora (los ajustes que existen son: { $known }; mira docs/config.md)
settings-not-a-language = { $at }: trustmend no habla el idioma { $value }, así que se ignora; escribe uno de estos: { $languages } (mira docs/config.md)
settings-not-a-country = { $at }: { $value } no es un código de país, así que se ignora; escribe un código ISO de dos letras como "ES", "MX" o "AR", o "GB-ENG", "GB-SCT", "GB-WLS" o "GB-NIR" para una nación del Reino Unido (mira docs/config.md)
settings-invalid = { $at }: { $message }
    Corrige este ajuste en el archivo (o bórralo para usar el valor predeterminado); mira docs/config.md.
settings-unreadable = no se pudo leer el archivo de ajustes { $file }: { $why }
    { $next }
settings-unreadable-permission = Da permiso de lectura a tu usuario, o indica otro archivo con --config.
settings-unreadable-other = Indica un archivo de ajustes con --config (o borra este para usar los valores predeterminados).
settings-permission-denied = permiso denegado
settings-is-a-folder = es una carpeta, no un archivo
settings-not-text = el archivo de ajustes { $file } no es texto UTF-8 (hay un byte ilegible en la línea { $line }, byte { $byte } del archivo)
    Guárdalo como UTF-8 en tu editor, o indica otro archivo con --config.
settings-missing = el archivo de ajustes { $file }, indicado con --config, no existe
    Revisa el nombre, o quita --config para usar config.toml en su lugar de siempre.
settings-from = Ajustes de { $file }
settings-defaults = { $file } no existe: estos son los valores predeterminados. Créalo para cambiarlos (mira docs/config.md).
settings-no-folder = No se encontró ninguna carpeta de configuración en este sistema: estos son los valores predeterminados. Usa --config ARCHIVO.
settings-no-config-folder = este sistema no tiene carpeta de configuración para trustmend (¿falta la carpeta personal?). Usa --config ARCHIVO o TRUSTMEND_CONFIG.
settings-pack-problems = el paquete de contenido tiene { $n } { $n ->
    [one] problema
   *[other] problemas
  }:
write-locked = no se escribió nada; cierra el cuaderno y vuelve a escribir
write-no-workbook = todavía no hay ningún cuaderno en { $dir }. Escribe `trustmend` para empezar uno y después escribe.
write-cannot-read-stdin = no se pudieron leer las palabras de la entrada estándar (¿es texto?)
write-protected-no-editor = tus entradas están protegidas, así que trustmend no se las pasa a otro editor (necesitaría dejarlas en un archivo sin cifrar en el disco). Escribe las palabras después de `trustmend write`, o pásalas por una tubería: echo … | trustmend write
write-nothing-saved = No se guardó nada.
write-no-words = no había palabras que guardar, así que no se guardó nada
write-saved = Guardada la entrada de { $name } (privada{ $sealed ->
    [yes] , cifrada
   *[no] {""}
  }) en { $file }. Estará en el diario la próxima vez que { $name } abra trustmend (entrada { $id }).
write-not-sealed = no se escribió nada, así que no hay ninguna copia sin cifrar en el disco
write-not-saved = no se pudo guardar la entrada; no cambió nada más
write-no-one-called = no hay nadie llamado { $name } en este cuaderno (aquí están: { $names }); no se escribió nada
write-shared-by = este cuaderno lo comparten { $names }; di quién escribe con --as NOMBRE. No se escribió nada.
door-nothing-read = no se leyó nada
door-records-left-out = { $n ->
    [one] { $n } de sus registros no se pudo abrir con esta clave; se deja fuera.
   *[other] { $n } de sus registros no se pudieron abrir con esta clave; se dejan fuera.
  }
door-passphrase-prompt = El cuaderno de { $name } está protegido. Su frase de contraseña (no se ve mientras escribes):
door-needs-terminal = El cuaderno de { $name } está protegido: para actuar en su nombre hace falta su frase de contraseña, escrita en una terminal. No se leyó ni se escribió nada.
door-no-passphrase = no se escribió ninguna frase de contraseña, así que no se abrió ni cambió nada de { $name }
door-wrong-passphrase = esa frase de contraseña no abre el cuaderno de { $name }, así que no se leyó ni cambió nada suyo
door-cannot-open = no se pudo abrir el cuaderno de { $name }: { $why }. No cambió nada.
partner-name-empty = el nombre está vacío; pon el nombre que quieras
partner-name-controls = el nombre tiene caracteres de control; escríbelo como texto normal
partner-name-long = el nombre tiene que tener menos de { $max } caracteres
partner-name-taken = { $name } ya está en este cuaderno; elige otro nombre
partner-cannot-add = no se pudo añadir a { $name }: { $why }. No cambió nada.
partner-workbook-full = este cuaderno ya lo comparten { $names }, y un cuaderno es para una persona o para una pareja. Para llevar un diario propio, empieza otro cuaderno en otra carpeta: trustmend --data-dir CARPETA
partner-added = Se añadió a { $name } ({ $role }). { $name } puede empezar con: trustmend --profile { $quoted }
partner-list-empty = Todavía no hay nadie en este cuaderno. Añade a alguien con: trustmend partner add NOMBRE --role hurt|repairing|both|unsaid
partner-rename-no-workbook = todavía no hay ningún cuaderno en { $dir }, así que no hay a quién cambiar el nombre
partner-rename-no-one = no hay nadie llamado { $name } en este cuaderno (aquí están: { $names }). No cambió nada.
partner-already-called = { $name } ya se llama así
partner-cannot-rename = no se pudo cambiar el nombre a { $name }: { $why }. No cambió nada.
partner-no-one-called = no hay nadie llamado { $name } en este cuaderno
partner-renamed = { $was } ahora se llama { $now }. Todo lo que { $now } escribió sigue siendo suyo; puede empezar con: trustmend --profile { $quoted }
partner-leaver-gone = la persona que se va ya no está en este cuaderno; no se quitó nada
partner-remove-locked = no se quitó nada; cierra trustmend donde esté abierto y vuelve a intentarlo
partner-remove-no-workbook = todavía no hay ningún cuaderno en { $dir }, así que no hay a quién quitar
partner-remove-no-one = no hay nadie llamado { $name } en este cuaderno (aquí están: { $names }). No se quitó nada.
partner-without-passphrase = { $who } protege su diario con una frase de contraseña, y no se está escribiendo: esto destruye todo lo que { $who } escribió aquí, cifrado, y nadie podrá volver a abrirlo. (Cualquiera que use esta cuenta del ordenador puede borrar los archivos de trustmend de todos modos; trustmend lo pregunta para que nunca pase por error).
partner-only-with-passphrase = no se quitó nada. Solo { $who }, con su frase de contraseña, puede quitarse; --without-passphrase destruye su diario cifrado en su lugar
partner-keep-shared-nobody = --keep-shared: las entradas compartidas de { $who } nunca se mostraron a nadie más (el modo en pareja está apagado), así que no hay nadie para quien guardarlas. No se quitó nada.
partner-leaving = { $who } se va de este cuaderno. Irse quita de todos los archivos de { $dir } (copias de seguridad incluidas): { $private } { $private ->
    [one] entrada privada
   *[other] entradas privadas
  }, { $checkins } { $checkins ->
    [one] registro de cómo estás
   *[other] registros de cómo estás
  }, el progreso en { $strategies } { $strategies ->
    [one] estrategia
   *[other] estrategias
  } y { $commitments } { $commitments ->
    [one] compromiso
   *[other] compromisos
  }, las tareas y los borradores.
partner-ask-copy = ¿Quieres guardar antes una copia de las entradas de { $who }? Escribe un nombre de archivo (.md o .html), o pulsa Intro para no guardar ninguna:
partner-copy-needs-passphrase = una copia de las entradas de { $who } necesita su frase de contraseña (sin ella no se pueden abrir); no se escribió ni se quitó nada
partner-the-other = la otra persona
partner-ask-keep-shared = { $who } compartió { $n } { $n ->
    [one] entrada
   *[other] entradas
  } con { $other }. ¿Quieres guardarlas para que { $other } las lea? [s/N]
partner-cannot-be-undone = Esto no se puede deshacer: trustmend no guarda ninguna copia de lo que quita, y las copias de seguridad se vuelven a escribir sin ello.
partner-type-name = Escribe { $who } para seguir:
partner-not-the-name = eso no es { $who }; no se quitó nada
partner-last-question = Última pregunta: ¿quitar a { $who } ahora? Escribe sí para quitarle:
partner-not-confirmed = no se confirmó; no se quitó nada
partner-removing = Quitando a { $who } del diario y de cada copia de seguridad
partner-removed = Se quitó a { $who }: { $private } { $private ->
    [one] entrada privada
   *[other] entradas privadas
  }, { $shared } { $shared ->
    [one] entrada compartida
   *[other] entradas compartidas
  }, { $checkins } { $checkins ->
    [one] registro de cómo estás
   *[other] registros de cómo estás
  }, el progreso en { $strategies } { $strategies ->
    [one] estrategia
   *[other] estrategias
  }, { $commitments } { $commitments ->
    [one] compromiso
   *[other] compromisos
  }, { $assignments } { $assignments ->
    [one] tarea
   *[other] tareas
  } de terapia, { $drafts } { $drafts ->
    [one] borrador
   *[other] borradores
  }; { $backups } { $backups ->
    [one] copia de seguridad vuelta a escribir
   *[other] copias de seguridad vueltas a escribir
  } sin ello.
partner-kept-shared = Se { $n ->
    [one] guardó { $n } entrada compartida
   *[other] guardaron { $n } entradas compartidas
  } para { $other }.
partner-not-removed = No se quitó, porque trustmend no puede llegar ahí: las exportaciones ya hechas y las copias fuera de { $dir } (tus propias copias de seguridad, una carpeta en la nube, las copias de rescate en la carpeta temporal).
partner-copy-sealed = La copia está cifrada con tu frase de contraseña.
partner-nothing-removed = no se quitó nada
partner-draft-heading = Un borrador que no se guardó antes de irse
# Las palabras que valen como sí: la corta, y luego las enteras, separadas por comas.
partner-yes-short = s
partner-yes-words = sí, si, yes
export-since-after-until = --since { $since } es posterior a --until { $until }; no se exportaría nada. Cámbialas de lugar.
export-not-a-strategy = --strategy { $id } no es una estrategia de este paquete de contenido; usa una de estas: { $ids }
export-select-none = --select: no hay entradas entre las que elegir; no se escribió nada
export-select-list = Las entradas que puede llevar esta exportación:
export-select-ask = ¿Cuáles van? Escribe sus números, como 1 3 5-7, y pulsa Intro:
export-select-cannot-read = no se pudo leer qué entradas elegiste
export-select-again-asked = Vuelve a exportar y elige de la lista.
export-select-again = Usa --select solo para ver la lista numerada.
export-select-bad = --select: { $why }. No se escribió nada. { $again }
export-search-empty = --search { $text } no tiene palabras que buscar; da una palabra, o quita --search.
export-bad-epoch = SOURCE_DATE_EPOCH vale { $value }, que no es un número de segundos desde 1970; quítala, o da uno como 1772352000. No se escribió nada.
export-cannot-write-stdout = no se pudo escribir la exportación en la salida estándar
export-no-folder = la carpeta { $folder } no existe; créala antes, o elige otro lugar. No se escribió nada.
export-is-a-folder = { $path } es una carpeta; da un nombre de archivo dentro de ella, como { $example }. No se escribió nada.
export-cannot-write-unchanged = no se pudo escribir { $path }; el archivo que había (si había uno) sigue igual
export-exists = { $path } ya existe; no se escribió nada. Añade --force para reemplazarlo, o elige otro nombre.
export-cannot-write-removed = no se pudo escribir { $path }; no se dejó nada ahí
export-wrote = Se escribió { $path }{ $encrypted ->
    [yes] , cifrado con age; solo tú puedes leerlo
   *[no] {" "}(solo tú puedes leerlo)
  }
export-not-a-recipient = --encrypt-to { $value } no es ni un destinatario de age (age1…) ni un archivo de destinatarios; no se escribió nada
export-nothing-written = no se escribió nada
export-cannot-read-recipients = no se pudo leer el archivo de destinatarios { $path }
export-no-recipient = { $path } no tiene ningún destinatario (una clave pública age1… por línea, # para comentarios); no se escribió nada
export-stdin-passphrase-empty = la frase de contraseña de la entrada estándar está vacía; no se escribió nada
export-passphrase = Una frase de contraseña para la exportación (no se ve mientras escribes):
export-passphrase-empty = la frase de contraseña está vacía; no se escribió nada. Vuelve a exportar y escribe una.
export-passphrase-again = La misma frase de contraseña otra vez:
export-passphrases-differ = las dos frases de contraseña no son iguales; no se escribió nada. Vuelve a exportar.
export-cannot-read-passphrase-stdin = no se pudo leer la frase de contraseña de la entrada estándar
export-cannot-hide = no se pudo dejar de mostrar lo que se escribe en esta terminal
export-cannot-read-passphrase = no se pudo leer la frase de contraseña
export-cancelled = cancelado; no se escribió nada
walk-edge-save-unfinished = el último guardado no terminó
walk-edge-not-saved = no se pudieron guardar tus últimas respuestas: { $why } Libera algo de espacio o arregla los permisos de la carpeta, y vuelve a escribir `trustmend walk`.
walk-edge-guide-start = Respira al ritmo de las líneas según van saliendo. Pulsa Intro (o escribe q) para parar cuando quieras.
walk-edge-guide-end = Fueron tres respiraciones lentas. Puedes hacer más cuando quieras.
walk-edge-guide-stopped = Paramos aquí.
homework-fix-and-check = corrígelos y vuelve a revisarlo
homework-check-ok = { $file }: bien — tarea de { $by }, empieza el { $start }, { $strategies } { $strategies ->
    [one] estrategia
   *[other] estrategias
  }, { $prompts } { $prompts ->
    [one] pregunta extra
   *[other] preguntas extra
  }
homework-check-questionnaires = cuestionarios: { $names }, cada { $days } días
homework-cannot-read = no se pudo leer { $file }
homework-not-utf8 = { $file } no es UTF-8 válido (en el byte { $byte }); guárdalo como UTF-8
homework-problems = { $file } tiene { $n } { $n ->
    [one] problema
   *[other] problemas
  }; { $then }:
homework-nothing-imported = no se importó nada
homework-locked = Después vuelve a importar la tarea; no cambió nada.
homework-no-workbook = todavía no hay ningún cuaderno en { $dir }. Escribe `trustmend` una vez para empezarlo y después importa la tarea.
homework-for-another = Nota: el archivo dice que es para { $to }; se añade para { $name }, como pediste.
homework-imported = { $replaced ->
    [yes] Se reemplazó la tarea anterior por la
   *[no] Se añadió la
  } tarea de { $by } para { $name }: { $steps } { $steps ->
    [one] estrategia
   *[other] estrategias
  }. Abre trustmend y elige "Tarea de { $by }" en la pantalla de inicio.
homework-for-nobody = la tarea es para { $to }, que no está en este cuaderno; no se importó nada
doctor-folder = carpeta de datos de trustmend: { $dir }
doctor-nothing-yet = aquí no hay nada todavía (la primera vez que abras trustmend la crea)
doctor-a-file = { $dir } es un archivo, no una carpeta, así que no puede guardar un cuaderno. No se cambió. Abre trustmend con --data-dir apuntando a una carpeta.
doctor-store-with-log = store.json: { $what } (lo guardado desde la última vez que se escribió entero está en { $log }, { $size })
doctor-store-none = store.json: ninguno todavía (la primera vez se crea)
doctor-store-or-log = store.json o su registro de cambios
doctor-session-drafts = session.json (borradores sin guardar)
doctor-session-readable = session.json: se puede leer
doctor-no-temporary = ningún archivo temporal de un guardado interrumpido
doctor-temporary = archivos temporales de un guardado interrumpido (se quitan la próxima vez que trustmend se abra con store.json ahí; hasta entonces los lee `doctor --recover`): { $files }
doctor-editor-leftovers = archivos que dejó tu propio editor ({$own}) cuando se detuvo él o trustmend, que pueden tener palabras sin cifrar (se quitan la próxima vez que trustmend se abra): { $files }
doctor-no-backups = copias de seguridad: ninguna todavía (se guarda una cada vez que el diario se escribe entero, al menos una vez al día que se usa)
doctor-backups = copias de seguridad en { $dir }: { $n } ({ $size })
doctor-backup-plain = { $entries }, { $n } de ellas con palabras privadas de una persona protegida sin cifrar (se cifran la próxima vez que guardes en trustmend)
doctor-backup-vanished = desapareció mientras se leía
doctor-backup-damaged = dañada ({ $why }); --recover la lee línea a línea
doctor-backup-line = {"  "}{ $name }  guardada { $saved }  { $what }, { $size }
doctor-to-restore = Para recuperar una (con todas las entradas que tienen los demás archivos): trustmend doctor --restore NOMBRE
doctor-copy-holds = { $name }: tiene { $entries } y { $checkins } { $checkins ->
    [one] registro de cómo estás
   *[other] registros de cómo estás
  } que le faltan al diario{ $backup ->
    [yes] {" "}(borrados desde entonces, o perdidos)
   *[no] {""}
  }. `trustmend doctor --recover` los trae de vuelta.
doctor-copy-in-journal = { $name }: todo lo que tiene ya está en el diario (bórralo cuando estés seguro)
doctor-copy-plain = { $name }: { $n } { $n ->
    [one] registro
   *[other] registros
  } de una persona protegida sin cifrar, que se pueden leer sin la frase de contraseña. `trustmend doctor --recover` lleva al diario (cifrado) todo lo que tiene; después borra { $name }.
doctor-copy-damaged = { $name }: { $n ->
    [one] la línea dañada { $lines } no se puede leer
   *[other] las líneas dañadas { $lines } no se pueden leer
  } (se quedan en el archivo tal como están)
doctor-plain-words = { $file }: { $n } { $n ->
    [one] entrada privada
   *[other] entradas privadas
  } de una persona protegida sin cifrar, que se pueden leer sin la frase de contraseña. Abre trustmend y guarda una vez: al guardar se cifran y se vuelven a cifrar las copias de seguridad.
doctor-no-backup-file = no hay ninguna copia de seguridad { $path }. Escribe `trustmend doctor` para ver la lista.
doctor-entries = { $n } { $n ->
    [one] entrada
   *[other] entradas
  }
doctor-no-one-yet = nadie todavía
doctor-describe = { $entries } de { $who }
doctor-not-open = ahora mismo no está abierto en ningún trustmend
doctor-leaving-cut-short = leaving.json: la salida de una persona quedó a medias; trustmend la termina la próxima vez que se abra
doctor-bytes = { $n } bytes
doctor-megabytes = { $n } MB
recover-kind-live = el diario
recover-kind-log = su registro de cambios
recover-kind-replaced = apartado
recover-kind-backup = copia de seguridad
recover-kind-temporary = dejado por un guardado interrumpido
recover-unreadable-backup = { $path } no se puede leer como un diario de trustmend; no cambió nada. Escribe `trustmend doctor` para ver las copias de seguridad, o `trustmend doctor --recover` para traer de vuelta todo lo que tiene la carpeta de datos.
recover-nothing-there = en { $dir } no hay nada de donde recuperar un diario: ni store.json, ni registro de cambios, ni copia de seguridad, ni archivo apartado. No cambió nada.
recover-nothing-to-do = No hay nada que recuperar: { $path } ya tiene todo lo que tienen estos archivos. No cambió nada.
recover-nothing-changed = No cambió nada.
recover-done = Recuperado { $path }: ahora tiene { $what }.
recover-renumbered = { $n ->
    [one] { $n } entrada que compartía un id con otra recibió un id nuevo.
   *[other] { $n } entradas que compartían un id con otra recibieron un id nuevo.
  }
recover-kept-aside = Un archivo dañado (o un enlace o una carpeta en lugar de un archivo) se guarda tal como estaba en { $path }.
recover-after = La copia reemplazada se guarda en backups/. Los demás archivos se quedaron como estaban. Puede que vuelvan entradas que habías borrado: si es así, bórralas otra vez.
recover-strangers = { $n ->
    [one] { $n } entrada de alguien que no está en este cuaderno (quizá una persona que se fue) se quedó donde estaba, sin pasar al diario.
   *[other] { $n } entradas de alguien que no está en este cuaderno (quizá una persona que se fue) se quedaron donde estaban, sin pasar al diario.
  }
recover-read = Leído:
recover-added = { $n } que no estaban en los archivos de arriba (recuperadas)
recover-damaged-lines = { $n ->
    [one] la línea dañada { $lines } no se pudo leer
   *[other] las líneas dañadas { $lines } no se pudieron leer
  }, se guardaron las de alrededor

## The welcome's language

# How the language names itself, in its own words (shown as it is in every language).
language-own-name = Español
welcome-step-language = Idioma
welcome-language-question = ¿En qué idioma quieres leer trustmend?
welcome-language-note = Desde aquí, todo aparecerá en el idioma que elijas. Si más adelante lo cambias (con el ajuste language en config.toml), lo que escribas seguirá junto a sus preguntas.
walk-welcome-language = ¿En qué idioma quieres leer trustmend? Escribe su número.
welcome-language-not-kept = Usaremos este idioma hasta que cierres trustmend, pero no hemos podido guardar tu elección para la próxima vez: {$why}
language-no-settings-file = este sistema no tiene una carpeta para los ajustes de trustmend
language-settings-unreadable = no se ha podido leer {$file} como archivo de ajustes, así que no lo hemos tocado
# walk's reading pages: which part of Before you begin or the questions is read.
walk-part-of = {$heading}, {$n} de {$all}: {$title}

## config show: the comment after a setting left empty

config-show-editor-empty = vacío: $VISUAL, luego $EDITOR, luego nano
config-show-country-guess = vacío: lo que respondiste al empezar, si no {$guess} según el idioma del sistema
config-show-country-empty = vacío: lo que respondiste al empezar, si no el país del idioma del sistema
config-show-language-locale = vacío: el del sistema; se usa {$code}, según {$from}
config-show-language-default = vacío: el idioma del sistema, si no inglés; se usa "en"

## What can go wrong on disk (model::StoreError): every message names the file, what is wrong and what to do

store-no-data-dir = trustmend no encontró dónde guardar sus datos (no hay carpeta personal). Elige una carpeta con --data-dir RUTA o con la variable de entorno TRUSTMEND_DATA_DIR.
store-not-a-file = {$path} es { $folder ->
    [yes] una carpeta
   *[no] un archivo especial
}, no un archivo. {$next}
store-empty = {$path} está vacío, así que no hay ningún cuaderno que leer en él. {$next}
store-not-text = {$path} no es un archivo de texto (hay bytes ilegibles en la línea {$line}, byte {$byte}). {$next}
store-newer = {$path} lo escribió un trustmend más nuevo (formato {$found}; este lee hasta el {$supported}). Actualiza trustmend; el archivo no se cambió.
store-migrate = {$path} está en un formato antiguo ({$found}) que no se pudo actualizar: {$reason}. {$next}
store-lock-failed = No se pudo bloquear {$path}: {$reason}. Si la carpeta de datos está en una unidad de red, elige una local con --data-dir RUTA y vuelve a empezar.
store-log-without-snapshot = {$log} tiene lo guardado de un cuaderno ({ $entries ->
    [one] 1 entrada
   *[other] {$entries} entradas
}), pero {$store} { $dangling ->
    [yes] es un enlace a un archivo que no está
   *[no] no está a su lado
}. trustmend no ha cambiado ninguno de los dos, y no empezará un cuaderno nuevo encima. Ejecuta `trustmend doctor --recover` para crear un store.json nuevo a partir del registro y las copias de seguridad (el registro queda como está), o vuelve a poner store.json, y vuelve a empezar.
store-duplicate-ids = {$path} tiene más de una entrada con el mismo identificador ({$ids}), así que editar una guardaría encima de otra. trustmend no lo ha cambiado. Ejecuta `trustmend doctor --recover` para dar identificadores nuevos a las repetidas (el archivo se guarda como copia de seguridad) y vuelve a empezar.
store-ids = { $n ->
    [one] identificador
   *[other] identificadores
} {$list}
store-ids-more = y {$n} más
store-unfinished = {$temp} tiene un diario que se estaba escribiendo cuando trustmend se detuvo, y falta {$store}. trustmend no ha cambiado ninguno de los dos, y no empezará un cuaderno nuevo encima. Ejecuta `trustmend doctor --recover`: crea store.json a partir de él y de todas las demás copias de la carpeta; luego vuelve a empezar.
store-older-than-log = {$path} es más antiguo que lo guardado en {$log}, que lo sigue (¿se copió encima una copia de seguridad?), así que leerlo dejaría fuera eso guardado, y lo siguiente que se guarde lo pondría donde nada lo lee. trustmend no ha cambiado ninguno de los dos archivos. Ejecuta `trustmend doctor --recover`: crea un solo store.json con todas las entradas de ambos; luego vuelve a empezar.
store-symlink = {$path} es un enlace simbólico (a {$target}). trustmend guarda su diario como un archivo normal en la carpeta de datos, para que cada guardado pueda reemplazarlo entero y sin riesgo, y no ha cambiado ni el enlace ni el archivo al que apunta. Ejecuta `trustmend doctor --recover`: pone en su lugar un archivo normal con todo y deja el enlace aparte. O abre trustmend con --data-dir apuntando a la carpeta que tiene el archivo, y vuelve a empezar.
store-lock-lost = {$path} ya no es el bloqueo que tiene este trustmend: se borró o se reemplazó, quizá mientras otro trustmend abría este cuaderno. Para que dos ventanas nunca guarden encima de las palabras de la otra, esta ha dejado de guardar. Cierra todos los trustmend que usen esta carpeta y vuelve a abrirlo.
store-not-writable = No se puede escribir en {$path} ({$reason}), así que ahí no se pudo guardar nada. Haz que se pueda escribir en la carpeta, o abre trustmend con --data-dir apuntando a otra.
store-encode = No se pudo convertir { $what ->
    [workbook] el cuaderno
    [change] un cambio
    [summary] el resumen
    [session] la sesión
   *[other] {$what}
} a JSON ({$why}). No se escribió nada. Es un error de trustmend; por favor, avísanos.
store-unanswered = No se pudo guardar {$path}: {$why}.
store-unanswered-stopped = el guardado en segundo plano se detuvo de forma inesperada
store-unanswered-waited = trustmend dejó de esperarlo después de {$waited}, así que puede que los últimos cambios no estén en el disco
store-waited-ms = {$n} ms
store-waited-seconds = { $n ->
    [one] 1 segundo
   *[other] {$n} segundos
}
store-json-syntax = {$path} está dañado: deja de ser JSON válido en la línea {$line}, columna {$column} ({$detail}).
store-json-cut-short = {$path} está cortado: termina en la línea {$line}, columna {$column}, antes de que los datos estén completos.
store-json-shape = {$path} no es un archivo de trustmend que se pueda leer: en la línea {$line}, columna {$column}, {$detail}.
store-left-session = trustmend no lo ha cambiado. Guarda dónde estabas y los borradores sin enviar: muévelo a otro sitio para empezar una sesión nueva (el diario no está en él) y vuelve a empezar.
store-left-leaving = trustmend no lo ha cambiado. Nombra a una persona cuya salida quedó a medias, así que no se guarda nada hasta terminarla: vuelve a poner la copia que tengas, o bórralo y haz que esa persona salga otra vez; luego vuelve a empezar.
store-left-alone = trustmend no lo ha cambiado. Ejecuta `trustmend doctor --recover`: crea un store.json nuevo con todas las entradas que aún tienen este archivo, su registro de cambios y las copias de seguridad, y deja este archivo como está. Luego vuelve a empezar.
store-write-full = No se pudo guardar {$path}: {$reason}. La copia guardada antes no ha cambiado. Libera algo de espacio y vuelve a guardar.
store-write-read-only = No se pudo guardar {$path}: {$reason}. La copia guardada antes no ha cambiado. Haz que se pueda escribir en la carpeta (o abre trustmend con --data-dir apuntando a otra) y vuelve a guardar.
store-write-gone = No se pudo guardar {$path}: {$reason} (¿se movió, se borró o se desconectó?). Vuelve a ponerla o conecta otra vez la unidad, y vuelve a guardar.
store-write-other = No se pudo guardar {$path}: {$reason}. La copia guardada antes no ha cambiado. Inténtalo otra vez; si sigue fallando, revisa el disco.
store-dir-is-file = No se puede crear la carpeta de datos {$path}: hay un archivo en su lugar (o en su ruta). trustmend no lo ha cambiado. Abre trustmend con --data-dir apuntando a una carpeta y vuelve a empezar.
store-dir-cannot-create = No se pudo crear la carpeta de datos {$path}: {$reason}. Elige otra carpeta con --data-dir RUTA, o arregla los permisos de la carpeta, y vuelve a empezar.
store-locked = El cuaderno está abierto en { $pid ->
    [none] otro trustmend
   *[other] otro trustmend (proceso {$pid})
}. Ciérralo primero. (Tiene el bloqueo de {$path}.)
store-reason-full = el disco está lleno
store-reason-quota = se agotó la cuota del disco
store-reason-read-only = la carpeta es de solo lectura
store-reason-gone = la carpeta ya no está
store-reason-permission = permiso denegado
store-reason-not-a-folder = una carpeta de su ruta es un archivo, no una carpeta
store-read = No se pudo leer {$path}: {$reason}. trustmend no lo ha cambiado. {$next}
store-read-permission-next = Da permiso de lectura a tu usuario (por ejemplo, `chmod u+rw` sobre él) y vuelve a empezar.
store-read-not-a-folder-next = Abre trustmend con --data-dir apuntando a una carpeta (la carpeta de datos tiene que ser una carpeta, no un archivo) y vuelve a empezar.
store-read-other-next = Revisa el disco donde está (¿sigue conectado?) y vuelve a empezar.

## Exports

# Las exportaciones (Markdown, HTML, JSON), las líneas de «cómo estás» de
# `status` y la lista de `export --select`. Un día se dice como lo dice
# `walk-date`; un día y una hora, como `report-date-time`.
report-date-time = {$date}, {$time}
report-title = Diario de trustmend — {$name}
report-title-plain = Diario de trustmend
report-no-profile = Todavía no hay ningún perfil que exportar.
report-no-profile-id = no hay ningún perfil con el número {$id} para exportar
report-former-partner = alguien que ya dejó el cuaderno
report-who = {$name} ({$role})
report-role = { $role ->
    [hurt] le hicieron daño
    [repairing] reparando la confianza
   *[both] daño por ambas partes
}
report-exported = Exportado el {$date}.
report-holds-only = Esta exportación tiene solo las entradas de {$name} y las que otras personas compartieron con {$name}. Nunca incluye las entradas privadas de nadie más, y las entradas protegidas siguen cerradas con llave.
report-holds-only-page = Aquí están solo las entradas de {$name} y las que otras personas compartieron con {$name}. Nunca se incluyen las entradas privadas de nadie más, y las entradas protegidas siguen cerradas con llave.
report-showing = Lo que incluye: {$what}.
report-showing-written = las entradas escritas {$range}
report-showing-strategy = solo {$title}
report-showing-shared = solo las entradas compartidas con la otra persona
report-showing-chosen = { $n ->
    [one] solo la entrada elegida
   *[other] solo las {$n} entradas elegidas
}
report-range-between = del {$since} al {$until}
report-range-since = desde el {$since}
report-range-until = hasta el {$until}
report-span-on = del {$date}
report-entries-exported = Entradas {$range} · exportado el {$date}
report-no-entries-yet = todavía no hay entradas
report-homework-from = Tareas de {$name}
report-starting = Desde el {$date}
report-due = para el {$date}
report-no-due = sin fecha límite
report-prompt-from = una pregunta de {$name}
report-answered = respondida el {$date}
report-not-answered = sin responder todavía
report-step = { $state ->
    [done] hecha el {$date}
    [late] hecha el {$date}, después de la fecha
    [overdue] pendiente (era para el {$date})
    [today] para hoy
   *[other] todavía sin hacer
}
report-prompts-of = Preguntas de {$title}
report-questionnaires = Cuestionarios
report-score = {$total} de {$max} ({$band}), {$date}
report-score-first = La primera vez: {$score}
report-score-latest = La última vez: {$score}
report-score-change = Cambio: {$change}, en { $n ->
    [one] 1 respuesta
   *[other] {$n} respuestas
}
report-score-every = Todas las respuestas: {$all}
report-scoring = Cómo se puntúa: {$source}
report-measure-summary = La primera vez {$first} de {$max} ({$first_band}), la última {$latest} de {$max} ({$latest_band}), cambio {$change}.
report-measure-chart = {$name}: los totales a lo largo del tiempo
report-of = {$total} de {$max}
report-band-outside = fuera de los rangos publicados
report-stage = Etapa: {$stage}
report-strategy-started = empezada el {$date}
report-strategy-finished = terminada el {$date}
report-visits = recorrida {$n} veces
report-commitments = Compromisos
report-commitment-started = desde el {$date}
report-kept = { $kept ->
    [kept] cumplido
    [partly] cumplido en parte
   *[not] no cumplido
}
report-reviewed = {$kept} (revisado el {$date})
report-in-practice = en práctica
report-still-practising = todavía en práctica
report-reflections = Reflexiones y entradas
report-untitled = { $kind ->
    [free] Entrada del diario
    [reply] Respuesta
   *[other] Entrada
}
report-written = Escrita el {$date} · {$reach}
report-edited = editada el {$date}
report-by = de {$name}
report-strategy-gone = para {$id}, una estrategia que este paquete de contenido ya no tiene
report-locked-entry = (entrada protegida, cerrada con llave)
report-locked-note = (nota protegida, cerrada con llave)
report-no-text = (sin texto)
report-other-entries = Otras entradas
report-not-started-yet = Todavía sin empezar: {$titles}.
report-over-time = A lo largo del tiempo
report-checkins = Cómo has estado
report-skipped = sin responder
report-column = { $column ->
    [when] Cuándo
    [mood] Ánimo
    [trust] Confianza
    [sleep] Sueño
    [appetite] Apetito
    [stress] Estrés
    [feelings] Sentimientos
    [body-signs] En el cuerpo
    [note] Nota
    [strategy] Estrategia
    [due] Para cuándo
    [progress] Cómo va
    [commitment] Compromiso
    [started] Desde
    [finished] Terminada
    [kept] ¿Cumplido?
    [total] Total
   *[band] Nivel
}
report-chart = { $chart ->
    [trust] La confianza a lo largo del tiempo
   *[feeling] Ánimo, sueño y estrés a lo largo del tiempo
}
report-chart-what = { $chart ->
    [trust] La confianza
   *[feeling] El ánimo, el sueño y el estrés
}
report-chart-desc = {$what}, de {$low} a {$high}, en cada registro del {$from} al {$to}: {$lines}. Los mismos números están en la tabla de al lado.
report-chart-line = { $marker ->
    [dot] línea continua, puntos negros
    [square] línea de rayas, cuadrados vacíos
   *[triangle] línea de puntos, triángulos negros
}
report-chart-scale = {$name} (de {$low} a {$high})
report-timeline = Las estrategias a lo largo del tiempo
report-timeline-desc = Una barra por cada estrategia empezada, del {$from} al {$to}: una barra llena desde el día en que empezó hasta el día en que se terminó, y una barra vacía de rayas para la que sigue en marcha. Los mismos días están en la tabla de al lado.
report-timeline-legend = Barra llena: terminada · barra vacía de rayas: sigue en marcha.
report-still-going = sigue en marcha ({$stage})
report-choice-empty = no elegiste ninguna entrada; escribe los números de las entradas que quieres incluir, por ejemplo 1 3 5-7
report-choice-not-a-number = {$part} no es un número de entrada ni un rango como 5-7
report-choice-none = {$part} no está en la lista: no hay entradas para elegir
report-choice-out-of-range = {$part} no está en la lista; las entradas van del 1 al {$count}
report-choice-backwards = {$part} va hacia atrás; escribe primero el número más pequeño
status-checkins-none = Cómo estás: todavía ningún registro (abre trustmend y pulsa {$checkin})
status-last-checkin = Último registro: {$date} · {$mood} · {$trust} · {$sleep} · {$stress}
status-rated = { $what ->
    [mood] ánimo
    [trust] confianza
    [sleep] sueño
   *[stress] estrés
} {$value}
status-trust-none = Confianza: sin número en los últimos registros
status-trust-first = Confianza, primer registro: {$line} (de 0 a 10)
status-trust-last = Confianza, últimos {$n} registros: {$line} (de 0 a 10)

## Opening a workbook that cannot be saved (the question before the screen opens)

access-not-writable = No se puede escribir en {$folder} ({$why}), así que no se pudo guardar nada.
access-locked = el cuaderno está abierto en { $pid ->
    [none] otro trustmend
   *[other] otro trustmend (proceso {$pid})
}.
access-read-only = {$folder} es de solo lectura, así que no se pudo guardar nada.
access-newer = este cuaderno viene de un trustmend más nuevo.
access-ask = trustmend no puede guardar aquí: {$why}
    ¿Abrirlo solo para leer, sin cambiar nada? Escribe r y pulsa Intro para leer, o solo Intro para salir:{" "}

## The workbook's own edges: the screen closing, walk's editor, a partner's entry found, a locked entry

app-screen-closing = la pantalla se está cerrando
walk-edge-no-editor = trustmend walk lee tus palabras de su entrada; escríbelas ahí.
journal-found-not-theirs = {$name} compartió esta entrada; solo {$name} puede cambiarla.
entry-locked = (cerrada)

## The rest in Spanish

walk-move-on-ticked = { $n ->
    [one] {$n} de {$all} marcada.
   *[other] {$n} de {$all} marcadas.
} Es privado: solo tú ves esta lista. Escribe un número para marcar o desmarcar esa línea.
move-on-closing-later = {$private} Al llegar a la última línea hay unas palabras para cerrar.
picker-nobody-added = No se añadió a nadie: {$why}.
panic-stopped = trustmend se detuvo por un error del programa. Tu diario está en {$root} (store.json, con copias anteriores en backups/). {$drafts} Ejecuta `trustmend doctor` para revisarlo.
panic-drafts-saved = Tus borradores se guardaron en {$path}.
panic-drafts-not-saved = Tus borradores no se pudieron guardar: {$why}
panic-drafts-autosaved = Los borradores se guardan solos cada pocos segundos en {$path}.
# Las teclas por su nombre, como las escriben los teclados en español
# (Enter, Esc y Tab se llaman así en casi todos).
key-name-space = Espacio
key-name-enter = Enter
key-name-esc = Esc
key-name-tab = Tab
key-name-shift = Mayús
key-name-home = Inicio
key-name-end = Fin
key-name-pgup = RePág
key-name-pgdn = AvPág
key-name-backspace = Retroceso
key-name-delete = Supr
# Los problemas del cifrado, con nuestras palabras (nunca las de la biblioteca).
crypto-wrong-passphrase = esa contraseña no abre estas entradas
crypto-too-much-work = la protección pide 2^{$required} rondas de trabajo con la contraseña, más de las que trustmend usa nunca (2^{$limit}), así que no se intentó
crypto-record-damaged = la protección está dañada ({$why}); con ella no se pueden abrir las entradas
crypto-not-for-this-key = esta entrada se selló con la clave o la contraseña de otra persona
crypto-entry-damaged = el texto sellado de esta entrada está dañado ({$why})
crypto-not-text = al abrirla, esta entrada no tiene un texto legible (UTF-8)
crypto-damage = { $why ->
    [no-recovery-key] esta protección se creó sin clave de recuperación
    [identity-not-text] la identidad no es texto
    [no-key] la identidad no tiene ninguna clave
    [not-an-identity] la clave no es una identidad de age
    [key-mismatch] la clave no es la que guarda la protección
    [no-passphrase] no está sellada con una contraseña
    [not-age] no es un archivo de age
    [no-work-factor] su parte de la contraseña no dice cuánto trabajo pide
    [too-much-work] pide 2^{$required} rondas de trabajo con la contraseña, más de las que trustmend acepta
    [header] su cabecera está dañada
    [changed] se cambió o se dañó después de sellarla
    [unreadable] no se pudo leer hasta el final
    [newer] la escribió una versión de age más nueva de la que trustmend sabe leer
    [not-protected] esta persona no tiene protección
   *[key-inside] la clave que lleva dentro no se pudo abrir
}
crypto-seal-failed = no se pudo sellar la entrada: {$why}
crypto-seal-why = { $why ->
    [recipient] el destinatario guardado no es válido
    [record] no se pudo escribir el registro
   *[encrypt] el cifrado falló
}
# Los problemas del lector de TOML con nuestras palabras.
toml-unknown-value = «{$value}» no es uno de los valores posibles aquí ({$expected})
toml-unknown-field = aquí no hay ningún campo «{$field}» (los campos son {$expected})
toml-missing-field = falta el campo «{$field}»
toml-wrong-kind = este valor no es del tipo que se espera aquí (un texto entre comillas, un número, true o false, una lista…)
toml-twice = esta clave aparece dos veces: {$line}
toml-unreadable-line = esta línea no se puede leer como TOML: {$line}
toml-unreadable = el archivo no se puede leer como TOML
toml-content-layout = {$problem} (este archivo es TOML; en docs/content.md se explica cómo se escribe)
toml-homework-layout = {$problem} (este archivo es TOML; en docs/homework.md se explica cómo se escribe, o empieza con `trustmend homework template`)
config-lock-after-range = lock_after_minutes debe estar entre 0.05 (3 segundos) y 1440 (un día); {$minutes} no lo está
config-bad-date-format = date_format {$pattern} no es un formato de fecha que chrono entienda (por ejemplo "%-d %b %Y" o "%Y-%m-%d")
# Los problemas de un archivo de tareas (después de su archivo:línea:columna).
homework-unknown-field = el campo `{$name}` no existe; {$hint}
homework-did-you-mean = ¿querías decir `{$key}`?
homework-may-have = {$what} puede tener {$keys}
homework-missing-field = falta el campo `{$key}`; añade una línea como {$example}
homework-not-text = {$what} tiene que ser un texto entre comillas, no { $kind ->
    [integer] un número entero
    [float] un número con decimales
    [boolean] true o false
    [datetime] una fecha
    [array] una lista
    [table] una tabla
   *[other] {$kind}
}
homework-empty = {$what} está vacío; escribe algo entre las comillas
homework-not-a-date = {$what} tiene que ser una fecha como 2026-03-01 (año-mes-día, sin hora)
homework-not-tables = `{$what}` se escribe como tablas [[{$what}]]
homework-not-a-table = cada `{$what}` tiene que ser una tabla [[{$what}]]
homework-every-days-alone = `measures_every_days` dice cada cuánto se preguntan los cuestionarios de `measures`; añade una línea como measures = ["phq9"] o quítala
homework-no-step = no tiene ningún [[step]]; añade al menos una estrategia para trabajar (mira `trustmend homework template`)
homework-unknown-strategy = la estrategia {$strategy} no está en el paquete de contenido; usa una de estas: {$valid}
homework-strategy-twice = la estrategia {$strategy} aparece dos veces; dale a cada estrategia un solo [[step]] (con todas sus preguntas)
homework-due-before-start = la fecha de entrega {$due} es anterior a la de inicio, {$start}; pásala a más tarde o adelanta el inicio
homework-due-out-of-order = la fecha de entrega {$due} es anterior a la del paso de antes ({$prev}); los pasos se hacen en orden, así que escríbelos en el orden en que se entregan
homework-prompt-id-form = el id de pregunta {$id} tiene que llevar solo minúsculas, números y guiones, como "lee-week-1"
homework-prompt-id-in-pack = el id de pregunta {$id} ya es de una pregunta del paquete de contenido; elige otro (cada entrada del diario encuentra su pregunta por el id)
homework-prompt-id-twice = el id de pregunta {$id} aparece dos veces; cada id tiene que ser único (une las entradas del diario con su pregunta)
homework-measures-not-a-list = `measures` tiene que ser una lista entre corchetes, como measures = ["phq9", "csi4"] (los que hay: {$known})
homework-measure-unknown = no hay ningún cuestionario {$id}; usa uno de estos: {$known}
homework-measure-twice = el cuestionario {$id} aparece dos veces; escribe cada uno una sola vez
homework-every-days-range = measures_every_days tiene que ser un número entero de días, de 1 a 365, como measures_every_days = 14
homework-role-mutual = el rol {$word} ahora se llama "both", la palabra que usa `trustmend partner add --role both` para quien ha sufrido daño y también lo ha hecho (para todos es "everyone")
homework-role-unsaid = el rol {$word} no es un público para una pregunta: a quien prefiere no decir su rol se le hacen las preguntas "everyone" y "together"; escribe "everyone"
homework-role-unknown = no hay ningún rol {$word}; usa {$words}
homework-what = { $what ->
    [the-file] el archivo
    [step] un [[step]]
    [step-prompt] un [[step.prompt]]
    [prompt-id] el id de pregunta
    [prompt-text] el texto de la pregunta
    [a-measure] un cuestionario
   *[key] {$key}
}
journal-new-placeholder = # Un título, si quieres, en la primera línea. Después, lo que quieras escribir.
# Tu propio editor (Ctrl+O) y lo que dejó.
editor-none = No hay ningún editor configurado ($VISUAL o $EDITOR, o `editor` en config.toml) y nano no está instalado, así que tus palabras se quedan aquí.
editor-read-back = No se pudo leer lo que escribió tu editor ({$why}).
editor-could-not-start = No se pudo abrir tu editor ({$command}): {$why}. Configura `editor` en config.toml, o $VISUAL.
editor-exited = Tu editor ({$command}) terminó con el código {$code}.
editor-stopped-by-signal = Tu editor ({$command}) terminó por una señal.
editor-private-file = No se pudo crear un archivo privado para tu editor en {$folder}: {$why}.
editor-failed-unchanged = {$why} Tus palabras aquí no cambiaron.
# El borde de la pantalla completa.
app-needs-terminal = el cuaderno necesita una terminal. Para ver un resumen sin ella, ejecuta `trustmend status`.
app-cannot-watch-terminal = no se puede vigilar si la terminal se cierra
app-cannot-read-keyboard = no se puede leer el teclado
app-reading-stopped = la lectura del diario se detuvo de repente; no se cambió nada. Vuelve a abrir trustmend.
app-not-saved = tus últimos cambios no se pudieron guardar en {$folder}:
    {$why}
    Tampoco se pudo escribir una copia en ningún otro sitio, así que lo que escribiste desde el último guardado no está en el disco y no se pudo conservar. Lo que se guardó antes sigue igual allí. Libera algo de espacio (o arregla los permisos de la carpeta) antes de volver a escribir.
together-reach-short = { $partners ->
    [one] juntos: junto a la de tu pareja si se une y la responde
   *[other] juntos: junto a la de tu pareja cuando respondan los dos
}
