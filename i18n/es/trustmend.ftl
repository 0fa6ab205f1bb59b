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
welcome-name-note = Cualquier nombre sirve. Se muestra arriba en la pantalla, y en la lista de personas si alguien más usa trustmend en este ordenador.
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
    [both] Los dos nos hemos hecho daño, y los dos hemos sufrido
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
    [reading] leyendo
    [reflecting] reflexionando
    [committing] comprometiéndote
    [practising] practicando
    [reviewing] revisando
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
home-journal-summary = Todo lo que has escrito, lo más nuevo primero: léelo, edítalo o bórralo.
home-new-entry-summary = Escribe lo que quieras, cuando quieras. Queda en privado salvo que lo compartas.
home-faq-summary = {$n} preguntas que la gente suele hacerse sobre reconstruir la confianza, con respuesta.
home-move-on-summary = Una lista privada para pensarlo con calma. Solo tú ves lo que marcas.
home-progress-summary = Gráficas de cómo has estado, las estrategias y cómo fueron tus compromisos.
home-safety-summary = Qué hacer, y a quién llamar, si no te sientes a salvo.
home-together-summary = Preguntas que cada uno responde a solas; cuando los dos han respondido, se leen lado a lado.
home-shared-summary = Las entradas que alguno de los dos decidió compartir, con quién las escribió y cuándo.
home-add-partner-summary = Tu pareja tendrá aquí su propio nombre, su papel y su diario privado.
home-pass-keyboard-summary = Pasa el teclado tras una pantalla en blanco; lo que no esté guardado se queda para ti.
home-your-partner = tu pareja
home-shared-replies = { $n ->
    [one] Compartido · una respuesta de {$name}
   *[other] Compartido · {$n} respuestas de {$name}
}
home-homework-from = Tareas de {$name} ({$done} de {$all} hechas)
home-homework-next-due = Lo siguiente: {$title}, para el {$due}.
home-homework-next = Lo siguiente: {$title}.
home-homework-all-done = Todas las estrategias asignadas están hechas.
home-homework-summary = {$next} Enter para ver la lista completa.
