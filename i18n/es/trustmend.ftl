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
