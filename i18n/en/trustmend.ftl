# trustmend's sentences in English: the reference catalogue. Every message
# here must exist in every other language with the same variables
# (`trustmend content check` and the tests compare them; see docs/content.md).

## The welcome

welcome-joining = the person joining
welcome-step-intro = About trustmend
welcome-step-name = Your name
welcome-step-role = Who you are in this
welcome-step-country = Where you live
welcome-step-safety = If you are not safe
welcome-step-of = Step {$n} of {$all} · {$name}
welcome-name-question = What should trustmend call you?
welcome-name-field = Name
welcome-name-note = Any name will do. It is shown at the top of the screen, and in the list of people if someone else uses trustmend on this computer too.
welcome-role-question = Which of these describes you?
welcome-role-note = This decides which questions and suggestions the workbook offers you. If you have each hurt the other, the third choice means you never have to pick a side that is not true. "Prefer not to say" shows the ones written for everyone.
welcome-country-question = Where do you live?
welcome-country-note = So that the help list shows the places to turn to where you are. You can skip this.
scroll-more = ↓ more
scroll-back-up = ↑ back up
