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
welcome-name-placeholder = Your first name, or any name you like
welcome-name-empty = Please type a name (any name you like).
welcome-name-too-long = Please keep the name under {$max} characters.
welcome-name-taken = {$name} is already here; choose another name.
welcome-country-every-nation = {$place} (every nation's lines)
welcome-country-elsewhere = Somewhere else
welcome-country-rather-not = I would rather not say

## Roles

role-label = { $role ->
    [hurt] I was hurt
    [repairing] I am repairing the trust
    [both] We have both been hurt, and we have both hurt each other
   *[unsaid] I prefer not to say
}

## Help and safety (the full screen and walk alike)

help-where-to-turn = Where to turn in {$place}:
help-in-other-places = In other places:
help-leaving-quickly = {$quick} leaves trustmend at once, from any screen, and clears what was on it. Your private entries can be locked with a passphrase, so no one else can read them here: press {$protect} on the home screen.
help-concern = Thank you for answering honestly. From what you said, joint exercises are not recommended for now, and couples mode stays off. Your partner is not told your answers: they see only that couples exercises are not available right now. If they ask why, you do not have to explain. The workbook stays open to you on your own.
help-support = Thank you for answering honestly. Thoughts of harming yourself can come after a shock like this, and you do not have to carry them alone. Please talk to someone today. Couples exercises are still open to you whenever you want them.
help-crisis-first = If you are thinking about ending your life or harming yourself, you can talk to someone now:
help-stop-first = If you have hurt or frightened your partner, or worry that you might, you can get help to stop:
# Whether a Spanish-speaking (or other) clinician has reviewed this
# language's words: "reviewed" or "not-reviewed". When not, Help and
# safety says so once, with help-translation-note.
translation-review = reviewed
help-translation-note = These words were translated with care, but a clinician who speaks this language has not yet reviewed them. If something reads oddly, the places above can still help you.

## Stages of a strategy

stage = { $stage ->
    [not-started] not started
    [reading] reading
    [reflecting] reflecting
    [committing] committing
    [practising] practising
    [reviewing] reviewing
   *[done] done
}

## Screen titles (the header, and walk)

title-pass-keyboard = Pass the keyboard
title-welcome = Welcome
title-picker = Who is here?
title-home = Home
title-journal = Journal
title-faq = Questions people ask
title-foundations = Before you begin
title-safety = Help and safety
title-move-on = When is it time to move on?
title-check-in = Check in
title-progress = Progress
title-shared = Shared
title-safety-check = A private safety check
title-together = Together
title-reveal = Together: side by side
title-homework = Homework
title-unsaved = Not saved yet
title-calm = When it is too much
title-depart = Leave this workbook
frame-read-only = {" "}· READ-ONLY: nothing is saved
frame-error = Error: {$text}
frame-too-small = trustmend needs at least {$min_width}×{$min_height}; this terminal is {$width}×{$height}. Make the window larger (nothing is lost).

## Home

home-begun = {$done} of {$total} strategies begun{"  "}
home-suggested = Suggested next:{" "}
home-all-done = Every strategy is done. You can open any of them again.
home-journal = { $n ->
    [one] Journal (1 entry)
   *[other] Journal ({$n} entries)
}
home-new-entry = New entry
home-progress = Progress over time
home-together = Together prompts
home-add-partner = Add your partner
home-foundations-summary = Read this first: {$n} short parts, starting with {$first}.
home-foundations-summary-empty = Read this first.
home-journal-summary = Everything you have written, newest first: read, edit or delete it.
home-new-entry-summary = Write anything, any time. It stays private unless you share it.
home-faq-summary = {$n} questions people often ask about rebuilding trust, answered.
home-move-on-summary = A private checklist for thinking it over. Only you see what you tick.
home-progress-summary = Charts of your check-ins, the strategies, and how commitments went.
home-safety-summary = What to do, and who to contact, if you do not feel safe.
home-together-summary = Prompts you both answer alone, then read side by side once both are in.
home-shared-summary = Entries either of you chose to share, with who wrote them and when.
home-add-partner-summary = Your partner gets their own name, role and private journal here.
home-pass-keyboard-summary = Hand over behind a plain screen; anything unsaved is kept for you.
home-your-partner = your partner
home-shared-replies = { $n ->
    [one] Shared · a reply from {$name}
   *[other] Shared · {$n} replies from {$name}
}
home-homework-from = Homework from {$name} ({$done} of {$all} done)
home-homework-next-due = Next: {$title}, due {$due}.
home-homework-next = Next: {$title}.
home-homework-all-done = Every assigned strategy is done.
home-homework-summary = {$next} {$open} for the full list.

## The key tables' words (the footer and the `?` help): `key-` and the
## English words, as `i18n::key_id` writes them.

help-ctrl-c = {$quit} saves and quits from anywhere.
key-i-read-this = "I read this"
key-i-am-ready = I am ready
key-answer = answer
key-answer-it = answer it
key-any-key = any key
key-back = back
key-check-in = check in
key-check-ins-strategies = check-ins / strategies
key-choose = choose
key-clear-search = clear search
key-clear-the-filters = clear the filters
key-close-help = close help
key-continue = continue
key-delete = delete
key-done = done
key-down = down
key-edit = edit
key-filter-by-date = filter by date
key-filter-by-kind = filter by kind
key-filter-by-private-shared = filter by private/shared
key-filter-by-strategy = filter by strategy
key-first = first
key-go-back = go back
key-go-on-writing = go on writing
key-go-through-again = go through again
key-guidance = guidance
key-help = help
key-help-and-safety = help and safety
key-journal = journal
key-keep-results = keep results
key-last = last
key-leave-nothing-kept = leave (nothing kept)
key-leave-this-workbook = leave this workbook
key-line = line
key-line-up = line up
key-more = more
key-move = move
key-move-up = move up
key-new-entry = new entry
key-next-grounding-step = next grounding step
key-next-line = next line
key-next-step = next step
key-next-previous-match = next/previous match
key-no = no
key-not-now = not now
key-number = number
key-open = open
key-open-strategy = open strategy
key-page-down = page down
key-page-up = page up
key-pass-the-keyboard = pass the keyboard
key-previous = previous
key-previous-match = previous match
key-previous-question = previous question
key-previous-step = previous step
key-private-shared = private/shared
key-progress = progress
key-protect-private-entries = protect private entries
key-questionnaires = questionnaires
key-quick-exit = quick exit
key-quit = quit
key-quit-without-them = quit without them
key-range = range
key-read = read
key-reply = reply
key-review-it = review it
key-save = save
key-save-again = save again
key-save-and-quit = save and quit
key-scroll = scroll
key-scroll-text = scroll text
key-scroll-up = scroll up
key-search = search
key-set = set
key-sharing = sharing
key-skip = skip
key-skip-this-line = skip this line
key-someone-else = someone else
key-stop-writing-kept = stop writing (kept)
key-take-the-safety-check-again = take the safety check again
key-that-answer = that answer
key-tick = tick
key-try-saving-again = try saving again
key-unlock-with-the-recovery-key-a-forgotten-passphrase = unlock with the recovery key (a forgotten passphrase)
key-when-it-is-too-much = when it is too much
key-write = write
key-write-a-copy-elsewhere = write a copy elsewhere
key-write-the-copy = write the copy
key-yes = yes
key-your-own-editor-visual-editor-or-nano-the-quick-exit-and-f2-do-not-reach-it = your own editor ($VISUAL, $EDITOR or nano; the quick exit and F2 do not reach it)

## Marks for text out of sight

more-above = ▲ more above
more-below = ▼ more below
box-more-up = {" "}↑ more{" "}
box-more-down = {" "}↓ more{" "}
help-where-to-turn-box = Where to turn

## Check-in on home, and home's quiet line

checkin-home = Check in
checkin-home-done = Check in (done today)
checkin-home-reviews = { $n ->
    [0] {$title}
    [one] {$title} · a commitment is ready to review
   *[other] {$title} · {$n} commitments are ready to review
}
checkin-home-summary = A minute for how you are today, in a few taps. No scores and no streaks.
home-pause = { $days ->
    [one] , after a day's practice
   *[other] , after {$days} days' practice
}
news-reply = {$name} replied · in Shared
news-reveal-ready = Two answers ready side by side · in {$place}
news-homework-due = Homework is due
news-review-due = {$key}: a commitment to review
news-check-in = {$key}: check in today
news-measure-due = {$key}: a questionnaire, when you like
news-your-partner = Your partner
help-keys-title = {" "}Keys on this screen{" "}

## Dates: the names chrono's %b, %B, %a and %A stand for (weekday 1 is Monday)

date-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-weekday-short = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
date-weekday-long = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
walk-date = %-d %B %Y

## A strategy (the full screen; walk shares the words it can)

strategy-fallback = Strategy
strategy-header = {$n}/{$total} · {$title}
strategy-reading-again = You are reading the guidance again; your place in this strategy is kept.
strategy-reading-pace = Read at your own pace. The questions come next.
strategy-guidance = Guidance
strategy-key-to = {$keys} to {$hint}
editor-not-saved-draft = not saved yet · {$open} to go on writing
editor-not-saved = not saved yet
editor-saved = saved
prompt-of = Prompt {$n} of {$all}
prompt-from = {" "}· from {$name}
answer-box = Your answer ({$reach})
visibility = { $visibility ->
    [private] private
   *[shared] shared
}
together-reach = { $partners ->
    [one] together: shown beside your partner's if they join and answer it too
   *[other] together: shown beside your partner's once you have both answered
}
together-note = { $partners ->
    [one] A together prompt: if your partner joins this workbook and answers it too, either of you can read the two answers side by side. Write only what you would want them to read.
   *[other] A together prompt: your partner answers it too. Once you both have, either of you can read the two answers side by side.
}
commit-choose = Choose one thing to practise this week.
commit-note = Pick a suggestion or write your own. Small and concrete works best.
commit-own = Write my own…
commit-own-box = My own commitment (this week I will…)
commitment-yours = Your commitment
commitment-missing = (This commitment could not be found.)
practising-since = Practising since {$date}.
practising-ask = Review it now, after { $days ->
    [0] less than a day
    [one] 1 day
   *[other] {$days} days
}? Once reviewed, this commitment's practice is over. {$yes} reviews it; {$no} keeps practising.
practising-note = About a week of practice is suggested; review whenever you are ready.
practising-asked = When you review it, you will be asked:
review-commitment = Your commitment: {$text}
review-how = How did it go?
kept = { $kept ->
    [kept] Kept
    [partly] Partly kept
   *[not] Not kept
}
review-note = Choose one; then you can write what you learned, if you like.
review-learned-box = What did you learn? (optional)
done-on = Done on {$date}.
done = Done.
done-answers = { $n ->
    [0] You did not save answers to the prompts this time.
    [one] You saved 1 answer in this strategy.
   *[other] You saved {$n} answers in this strategy.
}
done-kept = { $kept ->
    [kept] You kept it.
    [partly] You partly kept it.
   *[not] You did not keep it this time, and that is worth knowing too.
}
done-learned = {" "}What you learned is in your journal.
done-again = You can go through this strategy again whenever you like; everything you wrote stays in your journal.
editor-placeholder = Write here. Nothing leaves this computer.

## When it is too much (the calm screen, and walk)

calm-phase = { $phase ->
    [in] Breathe in…
    [hold] Hold…
   *[out] Breathe out…
}
calm-grounding = { $step ->
    [1] Look around you and name five things you can see.
    [2] Notice four things you can touch: your clothes, the chair, the floor.
    [3] Listen for three sounds, near or far away.
    [4] Find two things you can smell, or think of two smells you like.
   *[5] Notice one thing you can taste, or take a sip of water.
}
calm-intro-motion = Breathe with the shape: in as it grows, hold while it is full, out as it shrinks. Stop whenever you like.
calm-intro-still = Breathe with the words: in for 4, hold for 4, out for 6. Stop whenever you like.
calm-help-pointer = If you are not safe or this does not ease, Help and safety on the home screen lists people to call.
calm-grounding-title = Grounding
calm-grounding-step = {"  "}step {$n} of {$all}

## Check in

notice-saving = Saving…
notice-saved = Saved.
checkin-saving = Saving your check-in…
checkin-saved = Check-in saved. Thank you for taking a minute for yourself.
checkin-intro = How are you today? A minute, no right answers; any line can stay blank.
checkin-feelings = Feelings
checkin-body-signs = Body signs
checkin-note = Note
checkin-note-box = optional, one line
checkin-note-placeholder = Optional: one line about today
checkin-leave = Leave without saving this check-in? {$yes} leaves, {$no} stays.
checkin-reviews = Commitments whose week is up
checkin-none-ticked = none ticked
checkin-ticked = ticked: {$list}
checkin-not-set = {" "}· not set
checkin-nothing = Nothing is filled in yet. Set any line you like (← → or a number); the others can stay blank.
checkin-range = {$scale} goes from {$lo} to {$hi}.
checkin-note-too-long = The note is {$n} characters; please keep it under {$max} (the journal has room for more).
scale = { $scale ->
    [mood] Mood
    [trust] Trust right now
    [sleep] Sleep
    [appetite] Appetite
   *[stress] Stress
}
scale-low = { $scale ->
    [mood] low
    [trust] none
    [sleep] poor
    [appetite] off
   *[stress] calm
}
scale-high = { $scale ->
    [mood] good
    [trust] full
    [sleep] restful
    [appetite] as usual
   *[stress] very high
}

## walk's choices (the same key- messages as the key tables where the words are the same)

key-allow-or-stop-your-check-in-numbers-being-read-beside-your-partner-s = allow or stop your check-in numbers being read beside your partner's
key-answer-a-questionnaire-phq-9-gad-7-csi-4 = answer a questionnaire (PHQ-9, GAD-7, CSI-4)
key-back-home = back home
key-back-to-the-homework = back to the homework
key-back-to-the-list = back to the list
key-back-to-the-list-of-strategies = back to the list of strategies
key-back-to-the-together-prompts = back to the together prompts
key-back-to-where-you-were = back to where you were
key-breathe-with-me-again-paced-lines = breathe with me again (paced lines)
key-delete-it = delete it
key-done-go-on = done, go on
key-edit-it = edit it
key-go-through-it-again = go through it again
key-keep-it-and-go-on = keep it and go on
key-keep-them-as-a-draft-and-go-to-the-list = keep them as a draft and go to the list
key-keep-these-answers = keep these answers
key-leave-nothing-of-this-questionnaire-is-kept = leave (nothing of this questionnaire is kept)
key-more-entries-older = more entries (older)
key-next = next
key-no-go-back = no, go back
key-no-go-on-with-it = no, go on with it
key-no-keep-it = no, keep it
key-no-keep-it-private = no, keep it private
key-no-keep-practising = no, keep practising
key-no-strategy-just-write = no strategy: just write
key-not-now-nothing-is-kept = not now (nothing is kept)
key-previous-grounding-step = previous grounding step
key-read-the-guidance-again = read the guidance again
key-reply-shared-by-nature-you-both-read-it = reply (shared by nature: you both read it)
key-review-how-it-went = review how it went
key-skip-this-prompt = skip this prompt
key-skip-this-question = skip this question
key-someone-else-is-here = someone else is here
key-the-entries-before-these-newer = the entries before these (newer)
key-the-previous-prompt = the previous prompt
key-the-previous-question = the previous question
key-write-a-copy-to-another-folder = write a copy to another folder
key-write-a-new-entry = write a new entry
key-write-an-answer = write an answer
key-yes-delete-it = yes, delete it
key-yes-leave-it = yes, leave it
key-yes-quit-without-them = yes, quit without them
key-yes-review-it-now = yes, review it now
key-yes-share-it = yes, share it


## walk's pages

walk-intro = trustmend, line by line. Type the letter or number of a choice and press Enter; ? lists the choices again; q saves and quits.
walk-choices-are = The choices are:
walk-not-a-choice = {$typed} is not one of the choices. The choices are:
walk-note = Note: {$text}
walk-error = Error: {$text}
walk-welcome = Welcome.
walk-welcome-name = What name should the workbook use for you? Type it and press Enter.
walk-welcome-role = Which is closest to where you stand?
walk-welcome-country = Where do you live? (So the help list shows the places to turn to there.)
walk-someone-new = someone new
walk-next-person = the next person
walk-cover = The keyboard is passed. Nothing anyone wrote is shown here, and anything not yet saved is kept.
    When {$name} is ready, choose c.
walk-i-am-ready = I am {$name}, and ready
walk-home = Home. {$name}
walk-measures-offered = Questionnaires offered now, when you like ({$key}): {$names}.
walk-begun = {$done} of {$all} strategies begun. The ten strategies:
walk-strategy-row = {$title} ({$stage})
walk-journal = { $n ->
    [one] your journal (1 entry)
   *[other] your journal ({$n} entries)
}
walk-next = {$next}: {$title}
walk-safety = Help and safety.
walk-keys = In this line-by-line mode: q saves and quits from any list of choices, and x on home protects your private entries with a passphrase.
walk-calm = When it is too much.
walk-calm-paced = Breathe slowly, three times or for as long as it helps:
walk-calm-phase = {"  "}{$words} for {$seconds} seconds
walk-grounding = Grounding, step {$n} of {$all}: {$text}
walk-breath = Breath {$n} of {$all}. {$words}
key-homework-from-your-therapist = homework from your therapist
key-before-you-begin = Before you begin
key-your-journal = your journal
key-write-a-new-journal-entry = write a new journal entry
key-questions-people-ask = questions people ask
key-when-is-it-time-to-move-on-a-private-checklist = when is it time to move on? (a private checklist)
key-help-and-safety-people-to-call = help and safety: people to call
key-check-in-how-are-you-today = check in: how are you today?
key-progress-over-time = progress over time
key-entries-either-of-you-shared = entries either of you shared
key-together-prompts-and-your-answers-side-by-side = together prompts, and your answers side by side
key-add-your-partner-to-this-workbook = add your partner to this workbook
key-pass-the-keyboard-to-your-partner = pass the keyboard to your partner
key-the-suggested-next-step = the suggested next step
key-protect-your-private-entries-with-a-passphrase = protect your private entries with a passphrase
key-unlock-your-private-entries = unlock your private entries
key-questionnaires-phq-9-gad-7-csi-4 = questionnaires: PHQ-9, GAD-7, CSI-4

## The private safety check, the picker, couples and together

check-answer = { $answer ->
    [no] No
    [not-sure] Not sure
   *[yes] Yes
}
check-intro = Before couples exercises, a few questions for you alone. Your answers are not saved, only whether joint exercises are advised for you. Your partner will not learn your answers, or whether anything came up. You can take it again a week after you answer, from Help and safety.
check-question-of = Question {$n} of {$all}
check-title = Your safety comes first
check-confirm = Your answers, for you alone. {$open} on one changes it; {$open} on the last line keeps them. {$back} leaves without keeping anything.
check-these-are-mine = These are my answers
move-on-private = Private: only you see this list.
picker-who = Who is at the keyboard?
picker-own-or-add = Each person's journal is their own. Choose your name, or add yourself.
picker-own = Each person's journal is their own. Choose your name.
picker-someone-else = Someone else? A workbook is for one person or a couple; `trustmend --data-dir FOLDER` starts one of your own.
picker-someone-new = Someone new…
cover-hand-to = Hand the keyboard to {$name}.
cover-press-enter = Press {$open} when {$name} is ready. Nothing you wrote shows on this screen, and anything not yet saved is kept for you.
shared-nothing = Nothing is shared yet. In your journal, press {$share} on an entry to share it with your partner; it stays private until you do.
shared-you = you
shared-former = a former partner
shared-by-you = Shared by you (change it in your journal)
shared-by = Shared by {$name} ({$reply} to reply)
together-intro = You each answer these on your own ({$open} opens one to answer). Neither of you sees the other's answer until both are in; then either of you can open them side by side.
together-progress = { $progress ->
    [your-turn] your turn
    [waiting] waiting for your partner
   *[ready] ready to reveal
}
together-your-partner = Your partner
together-you = You

## trustmend status

status-no-profile = trustmend — no profile yet
    Run `trustmend` to create one.
status-who = { $role ->
    [hurt] trustmend — {$name} (was hurt)
    [repairing] trustmend — {$name} (repairing the trust)
    [both] trustmend — {$name} (hurt on both sides)
   *[unsaid] trustmend — {$name}
}
status-progress = Progress: {$steps} of {$all_steps} steps · {$done} of {$all} strategies done
status-suggested = Suggested next: {$next}
status-all-done = every strategy is done; revisit any you like
status-done-on = done {$date}
status-reflecting = reflecting, prompt {$n} of {$all}
status-practising = practising since {$date}
status-move-on = Move-on checklist: private (not shown here)
status-journal-empty = Journal: no entries yet
status-journal = Journal: { $n ->
    [one] 1 entry
   *[other] {$n} entries
} ({$private} private, {$shared} shared) · last written {$date}
status-shared-with-you = Shared with you: { $n ->
    [one] 1 entry
   *[other] {$n} entries
} by {$name}
status-commitments-none = Commitments: none yet
status-commitments = Commitments: {$kept} kept, {$partly} partly, {$not} not kept, {$open} in practice
status-homework = Homework from {$name}, starting {$date}:

## The journal

journal-editing = Editing
journal-editing-reach = Editing ({$reach})
journal-new-entry = New entry ({$reach})
journal-new-entry-for = New entry for {$strategy} ({$reach})
journal-share-caution = Once read, it cannot be unread; {$share} makes it private again.
journal-reply = Reply
journal-link-intro = A new entry. Does it belong to a strategy?
journal-link-note = Choose one, or write without. On the first line, "# " and a few words make a title.
journal-link-none = No strategy: just write
journal-empty = No entries yet. Press {$new} to write one; answers you save in a strategy appear here too.
journal-prompt = Prompt: {$heading}
journal-review = Review: {$heading}
journal-your-words = Your words
journal-delete = Delete this entry? It cannot be undone.
journal-delete-replies = Replies to it stay in their writer's journal, shown to no one else.
reach = { $reach ->
    [private] private
    [shared] shared
   *[together] together
}

## walk: a strategy

walk-strategy-head = {$n}. {$title} — {$stage}
walk-prompt-of = Prompt {$n} of {$all}{$by}:
walk-prompt-from = , from {$name}
walk-together-on-home = {$note} (Together prompts on home.)
walk-your-draft = Your draft (not saved yet)
walk-your-answer = Your saved answer
walk-go-on-from-it = To go on from it, begin with a line holding only {$mark}; otherwise what you write replaces it.
walk-write-answer = Write your answer ({$reach}). End with a line holding only a full stop. A full stop alone stops writing.
walk-commit-own = Write your own commitment, in a sentence ("This week I will…"). End with a line holding only a full stop.
walk-commit-choose = Choose one small commitment to practise:
walk-practising = You are practising: {$text}
walk-review-ask = Since {$date} ({$days} days). Review it now? Once reviewed, this commitment's practice is over; about a week is suggested.
walk-since = Since {$date}. When you have lived with it for a while, review how it went.
walk-review-note = Anything you want to note about it? End with a line holding only a full stop (a full stop alone saves the review without a note).
walk-how-kept = How well was it kept?
walk-done = This strategy is done. You can go through it again whenever you like.
key-close-the-guidance = close the guidance
key-continue-to-the-prompts = continue to the prompts
key-write-my-own = write my own
key-kept = kept
key-partly-kept = partly kept
key-not-kept = not kept

## walk: the check-in

walk-checkin-leave = Leave the check-in? What you filled in is not saved.
walk-checkin-scale = Check-in, question {$n} of {$all}. {$scale}: from {$lo} ({$low}) to {$hi} ({$high}).
walk-checkin-now = {" "}Now {$value}.
walk-feelings-today = Feelings today
walk-body-signs-today = Body signs today
walk-none = none
walk-checkin-ticks = Check-in, question {$n} of {$all}. {$what}, if any (optional). A number ticks or unticks one. Ticked: {$now}.
walk-checkin-note = Check-in, question {$n} of {$all}. A note about today, in one line (optional; it stays yours). Type it and press Enter, or press Enter alone to save the check-in without one.
walk-checkin-note-so-far = The note so far (what you type is added after it): {$note}
walk-checkin-reviews = A week or more of practice is up for these commitments. Review one now?
walk-review-choice = review: {$text}
walk-ticked = { $ticked ->
    [yes] {$label} (ticked)
   *[no] {$label} (not ticked)
}

## Protecting and unlocking

pass-title = { $step ->
    [unlock] Unlock your entries
    [recover] Unlock with your recovery key
    [new] A new passphrase
   *[protect] Protect my private entries
}
pass-making-key = Making your key… (this takes a moment on purpose)
pass-sealing = Sealing {$done} of {$total}…
pass-choose-new = {$name}, choose a new passphrase
pass-choose-new-body = Your recovery key opened your workbook. Choose a new passphrase of a few words you will remember; your recovery key keeps working too.
pass-new-field = New passphrase
pass-choose = {$name}, choose a passphrase
pass-choose-body = Everything of yours (entries, check-ins, progress, drafts) will be stored encrypted, so no one who opens trustmend's files can read it, and nobody gets into your workbook without the passphrase. Saving never needs the passphrase; you type it once when you start, and your entries lock again after {$minutes} minutes without use.
    
    If you forget it, the recovery key shown next is the only way back; without both, your protected entries stay locked for good: no one can open them, not even the people who made trustmend. Choose a few words you will remember.
pass-field = Passphrase
pass-confirm = Type it once more
pass-confirm-body = The same passphrase again, to be sure of it.
pass-confirm-field = Passphrase again
pass-unlock = {$name}, your private entries are protected
pass-unlock-body = Type your passphrase to open your workbook. Unlocking takes a moment on purpose. {$back} leaves it locked: nothing is lost, and nobody goes in without it. Forgot it? {$recover} uses your recovery key.
pass-recovery-shown = Your recovery key
pass-recovery-shown-body = If you ever forget your passphrase, this key opens your workbook and lets you choose a new one. Write it down now, exactly, and keep it somewhere only you can reach. It is shown only this once and is not stored anywhere.
    
    {$key}
    
    Without your passphrase or this key, nobody can open what you wrote, not even the people who made trustmend. {$open} when it is written down.
pass-protecting = {$name}, protecting your workbook
pass-protecting-body = Your key is being made, then each of your records is sealed with it. This can take a while for a long journal; keys still work meanwhile. {$back} stops it, and nothing is changed.
pass-recover = {$name}, your recovery key
pass-recover-body = Type the recovery key you wrote down when you protected your workbook (spaces and capitals do not matter). Then you choose a new passphrase. {$back} goes back.
pass-recover-field = Recovery key
pass-unlocking = Unlocking… (this takes a moment on purpose)

## Not saved yet

unsaved-heading = Some of your words are not on the disk yet
unsaved-why-unknown = the last save did not finish.
unsaved-ask = trustmend could not save them, so it has not quit: quitting now would lose them. They are safe here while this window is open.
    
    {$retry} tries again (free some space or fix the folder first). {$copy} writes a copy of everything to another folder, such as a USB stick, that trustmend can open later. {$lose} quits without them.
    
    What went wrong: {$why}
unsaved-folder = Type the folder for the copy and press {$open}. trustmend makes a new folder inside it, readable only by you, holding the journal as it is now (protected entries stay sealed). Open it later with trustmend --data-dir and that folder.
unsaved-confirm-lose = Quit and lose what is not saved? This cannot be undone: the words written since the last save will be gone. {$yes} quits; {$no} goes back.
unsaved-folder-field = Folder
unsaved-writing = Writing the copy…

## Progress

range = { $range ->
    [two-weeks] 2 weeks
    [three-months] 3 months
   *[all] all
}
progress-showing-all = Showing check-ins: all of them
progress-showing-last = Showing check-ins: the last {$range}
progress-showing-strategies = Showing strategies
progress-check-ins = Check-ins
progress-strategies = Strategies
progress-range = {"      "}Range:{" "}
progress-none-yet = No check-ins yet. A check-in takes a minute: press {$back}, then {$checkin}.
progress-none-in = No check-ins in the last {$range} yet. A check-in takes a minute: press {$back}, then {$checkin}.
progress-days = {$n} of {$all} days with a check-in · "·" is a day without one.
progress-both-allow = You both allow your check-in numbers to be drawn together. Notes are never shared.
progress-own-only = Only your own numbers are shown: numbers are drawn together only when both of you allow it. Notes are never shared.
progress-yours-alone = Your check-in numbers are yours alone: only your own line is shown. Notes are never shared.
progress-trust-title = Trust right now, 0 to 10{"   "}
progress-strategies-legend = Each strategy from its start (├) to its finish (✓); ▸ means still going.
progress-done-on = done {$date}
progress-commitments = Commitments
progress-commitments-none = {"  "}None yet: each strategy ends with a small commitment for a week.
progress-tally = { $tally ->
    [kept] kept
    [partly] partly kept
    [not] not kept
   *[practising] practising
}

## A therapist's homework

homework-none = No homework here. A therapist's file is added with `trustmend homework import FILE`.
homework-from = From {$name}, starting {$date}
homework-prompt-detail = A prompt from {$name}, not answered yet. {$open} opens it on its own; the strategy stays where you left it.
homework-measure-detail = A questionnaire {$name} asks for: {$about} {$open} opens it at its first question. Your answers are yours; they reach {$name} only in a report you choose to export.
homework-step-detail = {$go} opens this strategy.{ $added ->
    [0] {""}
    [one] {" "}{$name} added 1 prompt for you, after the usual ones.
   *[other] {" "}{$name} added {$added} prompts for you, after the usual ones.
}{ $open ->
    [0] {""}
    [one] {" "}1 is not answered yet: it is listed below, to open directly.
   *[other] {" "}{$open} are not answered yet: they are listed below, to open directly.
}

## What the workbook says back (notices and problems)

notice-every-strategy-done = Every strategy is done. You can open any of them again.
safety-retake-now = If things have changed, you can take your private safety check again: press {$key}.
safety-retake-from = You can take your private safety check again from {$date}, a week after your last answers: press {$key} here then.
safety-retake-not-taken = The private safety check is asked the first time couples exercises are opened.
couples-not-available = Couples exercises are not available right now.
couples-what-opens = They need a short private check from each of you first.
couples-closed-row = Closed for now. { couples-what-opens }
couples-not-available-full = { couples-not-available } { couples-what-opens } You can go on with the workbook on your own; your journal stays private.
couples-opens-after = Opens after a few private safety questions ({$open}).
couples-not-open = Not open for now. {$open} says why, and where to find support.
safety-choose-first = Choose one of the three answers first.
couples-on = Thank you. Couples mode is on: you can share entries and answer together.
couples-thanks-not-available = Thank you. { couples-not-available-full }
help-offered = Your safety comes first, so here is where to turn. Your tick stays private.
depart-read-only = This window is read-only (the workbook is open elsewhere, or its folder cannot be written), so leaving is not possible here. Close the other trustmend first.
depart-cancelled = You are still in this workbook; nothing was removed.
journal-draft-back = Your unsaved entry is back.
journal-new-private = It is private: only you can read it.
journal-new-shared = It will be shared, as your settings ask ({$share} makes it private).
journal-nothing-written = Nothing written yet. Press {$back} to leave without an entry.
journal-locked-entry = This entry is locked. Unlock your entries ({$protect} on home) to change it.
journal-empty-not-saved = An empty entry is not saved. To remove it, press {$back}, then {$delete}.
journal-draft-kept = { $what ->
    [entry] Your entry is kept as a draft. Press {$new} to go on.
    [reply] Your reply is kept as a draft. Press {$reply} on the entry to go on.
   *[changes] Your changes are kept as a draft. Press {$edit} on the entry to go on.
}
journal-reply-always-shared = A reply is always shared with the person you answered. To take it back, delete it ({$delete}).
journal-share-check-first = Before sharing, each of you answers a short private safety check: open Shared on the home screen.
journal-share-question = {$who} will be able to read this. Share?
journal-shared-with-later = Whoever joins this workbook later
journal-shared-with-partner = Your partner
journal-now-shared = Shared: your partner can read this entry in Shared. Press {$share} again to make it private.
journal-now-private = Private: only you can read this entry now.
journal-deleted = Entry deleted.
save-all-saved = Everything you wrote is saved.
save-again = Saving again…
save-saved-on-disk = Saved. Everything you wrote is on the disk.
save-saving = Saving…
save-failed = { $what ->
    [journal] Your journal
   *[draft] Your draft
} is not saved yet, but nothing is lost: { $keys ->
    [none] your next change tries again
   *[other] {$keys} tries again (so does your next change)
}. {$why}
unsaved-folder-empty = Type a folder that can be written to (another disk or a USB stick), then press {$open}.
unsaved-kept = Nothing was lost: your words are still here. {$save} tries saving again; {$quit} quits.
unsaved-copy-written = Your journal could not be saved in its folder, so a copy of everything in it is in {$folder}. To go on from it, run: trustmend --data-dir {$folder}
homework-strategy-missing = This strategy is not in the content pack in use, so it cannot be opened. Ask your therapist which pack they meant.
strategy-prompt-alone = This prompt is open on its own. {$back} goes back to the list.
strategy-unsaved-skip = These words are not saved yet. Press {$open}, then {$save} to keep them, or clear them to skip.
strategy-unsaved-first = These words are not saved yet. Press {$open}, then {$save} to keep them first.
strategy-first-prompt = This is the first prompt.
strategy-answer-locked = Your earlier answer to this prompt is locked. Unlock your entries ({$protect} on home) to change it; these words stay here as a draft.
strategy-empty-answer-kept = An empty answer is not saved; your earlier answer stays. Delete it from the journal if you want it gone.
strategy-nothing-written = Nothing written yet. Press {$back}, then {$skip}, to skip this prompt.
strategy-commitment-first = Write the commitment first, in a sentence: "This week I will…"
measure-alert = Thank you for answering honestly. Thoughts of being better off dead or of hurting yourself deserve care today, whatever the rest of your answers: please talk to someone now. Here is where to turn. Your answers stay yours alone.
measure-choose-first = Choose an answer first: ↑↓ then {$open}, or its number.
measure-nothing-kept = Nothing of this questionnaire was kept.
measure-saved = Saved. These answers are yours alone.
editor-protected = Your entries are protected, so they stay in trustmend's own editor: another editor would need them in a plain file on disk.
editor-nothing-open = Open something to write first; then {$own} takes it to your own editor.
editor-left-empty = Your editor left the file empty, so nothing was changed.
editor-nowhere-back = There was no open text to bring your words back to.
editor-text-back = Your editor's text is here now. {$save} saves it.
editor-unchanged = The text came back unchanged. (If your editor opens its own window, tell it to wait, for example `code --wait`.)
progress-sharing-on = Your check-in numbers may now be drawn beside your partner's, if they allow it too. Notes are never shared.
progress-sharing-off = Your check-in numbers are now yours alone, and the shared chart shows only your own line.
reply-own-entry = You can reply to what your partner shared; your own entries are answered by them.
reply-already = You have answered this already; {$reply} changes your reply.
reply-saved = Saved. {$name} will see it under the entry.
reply-empty = An empty reply is not saved. To remove yours, delete it in your journal ({$delete}).
together-answer-in = Your answer is in. The answers open side by side once your partner has answered too.
pass-already = Your private entries are already protected with a passphrase, and unlocked.
pass-recovery-wrong = That recovery key does not open this workbook. Check each group of letters and try again, or {$back} to go back.
pass-recovery-unusable = The recovery key cannot be used: {$why}.
pass-still-locked = Still locked.
pass-not-protected = Nothing was changed: your entries are not protected.
pass-too-short = Use at least {$min} characters: a few words you will remember work well.
pass-no-match = The two did not match. Choose it again.
pass-type-it = Type your passphrase, then press {$open}.
pass-protecting-notice = Protecting: sealing your private entries on the disk…
pass-protected = Protected. Everything of yours is now stored encrypted. Without your passphrase or your recovery key, it stays locked for good.
pass-new-failed = The new passphrase could not be set: {$why}. Nothing was changed.
pass-opened-some-sealed = Opened, but {$failed} records could not be opened with your key; they stay sealed and unchanged.
pass-saving-new = Saving your new passphrase…
pass-new-saved = Your new passphrase is saved, and your recovery key still works. Keep it somewhere safe.
pass-unlocked-some-sealed = Unlocked, but {$failed} entries could not be opened with your key; they stay sealed and unchanged.
pass-unlocked = Unlocked. Your entries lock again when you switch partner or leave the keyboard for a while.
pass-wrong = That passphrase does not unlock your entries. {$left} { $left ->
    [one] try
   *[other] tries
} left.
pass-wrong-last = That passphrase did not unlock them, so they stay locked.
pass-unlock-failed = Your entries could not be unlocked this time: {$why}. Nothing was changed; press {$open} to try again, or {$back} to leave them locked.
pass-lock-failed = Could not lock your entries: {$why}.
pass-idle-locked = Your entries locked after a while without use. Your unsaved words are kept, sealed.
pass-locked-out-pick = {$why} Nothing was opened or changed; choose who is here.
pass-locked-out-again = {$why} Nothing was opened or changed; {$open} tries again.
pass-not-protected-person = this partner is not protected

## Leave this workbook

depart-title = Leave this workbook, {$name}?
depart-stays = {" "}{$other}'s journal, check-ins and progress are not touched.
depart-shared = {" "}You will be asked whether your { $n ->
    [one] {$n} shared entry
   *[other] {$n} shared entries
} stay for {$other} to read.
depart-explain = Leaving removes you from this workbook: { $entries ->
    [one] {$entries} private entry
   *[other] {$entries} private entries
}, { $checkins ->
    [one] {$checkins} check-in
   *[other] {$checkins} check-ins
}, your progress in { $strategies ->
    [one] {$strategies} strategy
   *[other] {$strategies} strategies
}, your commitments, homework and drafts — from the journal, its backups and every other file in its folder.{$stays}
    
    Before anything is removed, trustmend closes this screen and offers, on the command line, to keep a copy of your own entries (Markdown or HTML; sealed with your passphrase if you protect your entries).{$shared}
    
    This cannot be undone. It cannot reach exports already made, or copies outside the data folder.
    
    {$yes} continues; {$no} stays.
depart-confirm = Are you sure, {$name}? Once the copy is offered, everything of yours is removed for good.
    
    {$yes}: yes, leave now (your words are saved first, then the questions come). {$no}: stay.

## Questionnaires (the full screen, walk and Progress)

title-measures = Questionnaires
measure-intro = Short questionnaires that clinicians use between sessions, about every two weeks. Your answers are kept in your own record, for you alone; they reach a therapist only in a report you choose to export.
walk-measure-intro = Questionnaires clinicians use between sessions, about every two weeks. Your answers are kept in your own record, for you alone; they reach a therapist only in a report you choose to export. A number opens one.
measure-when = { $when ->
    [offered-answered] offered now; last answered {$date}
    [offered] offered now
    [answered] answered {$date}
   *[not] not answered yet
}
measure-source = Source: {$source}
measure-question-of = {$name} · question {$n} of {$all}
walk-measure-question-of = {$name}, question {$n} of {$all}.
walk-measure-type-answer = Type the number of your answer.
measure-bands = How the {$name}'s authors band its totals: {$bands}.
measure-band = {$min} to {$max} {$label}
measure-said = {$total} of {$all}: {$label} ({$min} to {$max})
measure-said-no-band = {$total} of {$all}
measure-not-a-diagnosis = A questionnaire is not a diagnosis: it shows how the last weeks have been, in numbers you can follow over time. If a score worries you, or keeps rising, talk it over with a doctor or your therapist.
measure-history-one = {$name}: {$said} (answered {$when})
measure-history-many = {$name}: {$first} → {$latest} ({$n} answers, latest {$when})

## A homework row's state, and the journal's search

homework-step-state = { $state ->
    [done] done {$date}
    [overdue] overdue (due {$date})
    [today] due today
    [due] due {$date}
   *[none] no due date
}
homework-measure-state = { $state ->
    [answered] answered {$on}, next {$next}
   *[due] to answer
}
homework-done-of = {$done} of {$all} done
search-label = Search:{" "}
search-count = { $looking ->
    [yes] { $n ->
        [0] still looking…
       *[other] {$n} found, still looking…
    }
   *[no] { $n ->
        [0] nothing found
       *[other] {$n} found
    }
}
search-locked = { $n ->
    [one] 1 locked entry is
   *[other] {$n} locked entries are
} searched only after unlocking ({$protect} on home).
search-none-filters = No entry fits these filters. 0 clears them.
search-none-words = No entry holds these words. {$back} clears the search.
search-none-both = No entry holds these words within these filters. 0 clears the filters.
search-strategy-all = all strategies
search-strategy-none = no strategy
search-kind = { $kind ->
    [prompt] prompt answers
    [free] free entries
    [together] together
    [review] reviews
    [reply] replies
   *[all] all kinds
}
search-visibility = { $visibility ->
    [private] private
    [shared] shared
   *[both] private and shared
}
search-since = { $since ->
    [week] past 7 days
    [month] past 30 days
    [year] past year
   *[any] any time
}
search-from = from {$name}

## Replies (under an entry, in the journal, while writing one)

reply-replied = ── { $who ->
    [you] You
    [former] A former partner
   *[name] {$name}
} replied, {$when} ──
reply-answers = Your reply to { $who ->
    [you] You
    [former] A former partner
   *[name] {$name}
}'s entry of {$when}
reply-answers-gone = Your reply (the entry it answered is no longer shared with you)
reply-title = Your reply
reply-title-shared = Your reply (shared: { $who ->
    [you] You
    [former] A former partner
   *[name] {$name}
} reads it)
reply-replying-to = Replying to { $who ->
    [you] You
    [former] A former partner
   *[name] {$name}
}'s entry of {$when}
reply-placeholder = A few words back. They are shared: both of you read them.
reply-shared-by-nature = A reply is shared by nature: {$name} reads it under the entry, and so do you.
reply-your-partner = your partner
reply-read-it = I read this.
shared-replies = {" "}({ $n ->
    [one] {$n} reply
   *[other] {$n} replies
})

## What the workbook says on opening

open-opening = Opening your journal…
open-settings-warnings = Settings (any key hides this): {$warnings}
open-nothing-changed = {$why}. Nothing was changed.
open-no-one-called = No one called {$name} here yet.
open-no-one-called-full = No one called {$name} here, and {$why}.
open-read-only = Read-only: {$why} You can look around; nothing here is saved.
backups-sealed = { $n ->
    [one] One older backup held these words in plain; it is sealed now too.
   *[other] {$n} older backups held these words in plain; they are sealed now too.
}

## walk: the journal and Shared

key-share-it-with-your-partner = share it with your partner
key-make-it-private-again = make it private again
key-say-i-read-this = say "I read this"
walk-journal-editing = { $what ->
    [new] A new entry
    [reply] Your reply (shared by nature)
   *[edit] Editing your entry
}. What it says now:
walk-journal-type-whole = Type the whole entry as it should read. End with a line holding only a full stop. A full stop alone stops without changing it.
walk-journal-draft = Changes to this entry that are not saved yet:
walk-journal-link = A new entry. Does it belong to a strategy? (You can just write.)
walk-journal-empty = Your journal has no entries yet. Answers you save in a strategy appear here.
walk-journal-count = { $n ->
    [one] Your journal: 1 entry.
   *[other] Your journal: {$n} entries, newest first. Entries {$from} to {$to}:
}
walk-journal-edited = {" "}· edited {$when}
walk-shared-none = Nothing is shared yet. In your journal, choose an entry and then share it.
walk-shared-entry = Shared entry {$n} of {$all}, by {$who}, {$when}:
walk-shared-reply = Reply from {$who}, {$when}: {$text}
walk-someone = Someone

## walk: homework

walk-homework-from = Homework from {$name}, starting {$date}.
walk-homework-done-of = {$done} of {$all} done. A number opens that strategy, or that prompt or questionnaire on its own.
walk-homework-step = {$title} ({$state}{ $added ->
    [0] {""}
    [one] , with 1 prompt from {$name}
   *[other] , with {$added} prompts from {$name}
})
walk-homework-prompt = {"  "}↳ from {$name}, not answered yet: {$text}
walk-homework-measure = Questionnaire: {$name} ({$state})

## walk: progress

walk-trend = { $trend ->
    [up] going up, from about {$from} to about {$to}
    [down] going down, from about {$from} to about {$to}
    [steady] about the same, around {$from}
   *[few] not enough check-ins to say
}
walk-range-words = { $range ->
    [all] since the first check-in
   *[other] over the last {$label}
}
walk-progress-another-range = another range (now {$range})
key-the-check-ins-instead = the check-ins instead
key-the-strategies-instead = the strategies instead
walk-progress-checkins = Progress: your check-ins {$range}.
walk-progress-none = No check-ins yet. A check-in takes a minute: c on home.
walk-progress-last = Last check-in {$when}: mood {$mood}, trust {$trust}, sleep {$sleep}, appetite {$appetite}, stress {$stress}.
walk-progress-mark = { $per ->
    [1] one mark is a day
   *[other] one mark is up to {$per} days
}
walk-progress-days = {$days} of {$all} days with a check-in. In each line below, {$mark}, lowest ▁ to highest █, and · is a time without one.
walk-progress-measure = { $measure ->
    [trust] Trust
    [mood] Mood
    [sleep] Sleep
   *[stress] Stress
} ({$lo} to {$hi}): {$trend}. {$strip}
walk-progress-their-trust = {$name}'s trust (you both allow it to be read together): {$trend}. {$strip}
walk-progress-own-only = Only your own numbers are read out: numbers are read together only when both of you allow it. Notes are never shared.
walk-progress-yours-alone = Your check-in numbers are yours alone. Notes are never shared.
walk-progress-strategies = Progress: the strategies.
walk-progress-begun = , begun {$date}
walk-progress-done = , done {$date}
walk-progress-tally = Commitments: {$kept} kept, {$partly} partly kept, {$not} not kept, {$practising} still being practised.

## walk: the passphrase and words not saved yet

walk-pass-choose = Choose a passphrase for your private entries (at least {$min} characters; a few words you will remember). It is not shown as you type. An empty line goes back without protecting.
walk-pass-confirm = Type the same passphrase once more. An empty line goes back.
walk-pass-unlock = This workbook is protected. Type your passphrase to open it (it is not shown as you type), or an empty line to leave it locked: nobody goes in without it. Forgot it? Type {$recover} to use your recovery key.
walk-pass-protecting = Protecting: your key is being made and your records sealed. This can take a while for a long journal.
walk-pass-recover = Type the recovery key you wrote down (spaces and capitals do not matter), or an empty line to go back.
walk-pass-recovery-key = Your recovery key: {$key}
    If you ever forget your passphrase, this key opens your workbook and lets you choose a new one. Write it down now and keep it somewhere only you can reach: it is shown only this once. Press Enter when it is written down.
walk-unsaved-folder = Type the folder for a copy of everything (for example a USB stick), then press Enter.
walk-unsaved-confirm-lose = Quit and lose what is not saved? This cannot be undone.
walk-unsaved-ask = Some of your words are not on the disk yet, so trustmend has not quit: quitting now would lose them.
    What went wrong: {$why}

## walk: the private safety check, the together prompts, the reveal, leaving

walk-check-answers = Your answers (nothing is kept yet):
walk-check-change = change answer {$n}
walk-together-intro = Together prompts. You each answer these on your own (a number opens one to answer it). Neither of you reads the other's answer until both are in; then either of you can open them side by side.
walk-together-prompt-of = {$strategy}: {$prompt} ({$state})
walk-together-prompt = {$prompt} ({$state})
walk-reveal-you-wrote = You wrote:
walk-reveal-wrote = {$name} wrote:
walk-depart = Leaving this workbook takes you and everything of yours out of it, asked twice, and cannot be undone. In plain mode it is done from the command line, where it first offers you a copy of your entries:

## Writing closed, and a copy that could not be written

read-only-writing-closed = Writing is closed in this read-only window: {$why} You can look around; nothing here is saved. Close the other window, then open trustmend again to write.
unsaved-copy-failed = The copy could not be written there: {$why}

## Keys named in sentences (workbook::say): two keys for one thing

keys-or = {$first} or {$second}

## The command line: --help (from the clap definitions in src/cli.rs; the
## English must say what the derive says, see commands/help/tests.rs), and
## what the commands, doctor and the settings say

# clap's own words (headings, its flags, notes and errors): English shows
# clap's, so these are read only in other languages.
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-usage = Usage
cli-help-flag = Print help (see more with '--help')
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-arg = Print help for the subcommand(s)
cli-translation-note = These words were translated with care, but a clinician who speaks this language has not yet reviewed them.
cli-note-values = possible values: { $values }
cli-note-default = default: { $value }
cli-note-env = env: { $name }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-no-value = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-valid-values = Possible values: { $values }.
cli-error-bad-value = invalid value '{ $value }' for '{ $arg }': { $why }
cli-error-date = write the day as YYYY-MM-DD, like 2026-03-01
cli-error-missing = the following required arguments were not provided: { $arg }
cli-error-missing-command = a subcommand is required but one was not provided: { $commands }
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-other = the command line was not understood
cli-error-did-you-mean = tip: a similar one exists: '{ $suggestion }'
cli-error-more = For more information, try '--help'.
# The names of values (FILE), and every command's and option's help: the
# English must be what the doc comments in src/cli.rs say (a test compares).
cli-value-dir = DIR
cli-value-name = NAME
cli-value-file = FILE
cli-value-when = WHEN
cli-value-recipient = RECIPIENT
cli-value-backup = BACKUP
cli-value-date = DATE
cli-value-id = ID
cli-value-numbers = NUMBERS
cli-value-text = TEXT
cli-value-shell = SHELL
cli-value-format = FORMAT
cli-value-role = ROLE
cli-value-old = OLD
cli-value-new = NEW
cli-about = A guided-recovery workbook in the terminal for rebuilding trust after a betrayal
cli-long-about =
    A guided workbook for rebuilding trust after a betrayal, in your terminal.

    trustmend walks you through ten strategies (open communication, transparency, a sincere apology, consistent actions, patience, rebuilding slowly, therapy, boundaries, empathy, forgiveness) with journaling prompts, commitments and reviews. Everything stays on this computer.

    It is a workbook, not therapy. If you feel unsafe, open "Help and safety" on the home screen for places to turn to.
cli-after-help =
    Without a command, trustmend opens the workbook. Keys are shown at the bottom
    of every screen; press ? for all of them.

    Examples:
      trustmend                                 open the workbook
      trustmend status                          a summary of your progress
      trustmend write "A calmer evening"        a private entry, saved at once
      trustmend export --output journal.md      your journal as Markdown
      trustmend export --format html --since 2026-03-01 -o week.html
                                                this week's entries, to print
      trustmend content export my-pack          copy the bundled content to edit
      trustmend homework import homework.toml   add your therapist's homework
      trustmend doctor                          check the journal and list its backups
cli-arg-data-dir = Where your journal is kept [default: the platform's data folder]
cli-arg-content = Use the content pack in DIR instead of the bundled one (files it lacks come from the bundled pack)
cli-arg-profile = Start as this person (by name), or pick whose summary or export to make
cli-arg-config = Read settings from FILE instead of config.toml in the platform's config folder
cli-arg-color = When to use colour: auto (a terminal, and `NO_COLOR` unset), always, or never
cli-arg-accessible = For a screen reader: the `accessible` setting for this start (no box borders, nothing moving; the cursor is on what is selected or read)
cli-status-about = Print a plain-text summary of your progress
cli-export-about = Write your journal (your own and shared entries, never anyone else's private ones)
cli-export-arg-format = The file format
cli-export-arg-output = Write to FILE instead of standard output. FILE is created readable only by you (0600), like the data folder, since an export can hold private entries; an existing file is not replaced without --force
cli-export-arg-force = Replace FILE if it exists: the new export takes its place in one step (a failed export leaves the old file whole), again readable only by you
cli-export-arg-encrypt-to = Encrypt the export for RECIPIENT, an age public key (age1…), or for every key in the file RECIPIENT (one a line, # for comments); repeat for more. Only the holder of a matching key opens it: `age -d -i KEYFILE FILE`
cli-export-arg-passphrase = Encrypt the export with a passphrase, typed twice and not shown; when standard input is not a terminal, its first line is the passphrase. It opens with `age -d FILE` and that passphrase
cli-export-arg-since = Only entries written on or after this day (YYYY-MM-DD)
cli-export-arg-until = Only entries written on or before this day (YYYY-MM-DD)
cli-export-arg-strategy = Only this strategy (its id, e.g. open-communication)
cli-export-arg-shared-only = Only entries shared with the other partner (no commitments or check-ins)
cli-export-arg-select = Choose the entries to include. Alone, it lists the entries the export would hold, numbered, and reads your choice (like `1 3 5-7`); with NUMBERS (like `1,3,5-7`), it takes those from that same list. Commitments, check-ins and homework are kept as the other options say
cli-export-arg-search = Only entries holding every one of these words, in the title or the text (case and accents ignored, as the journal's search does)
cli-doctor-about = Check the store, session, backups and every copy kept aside; or recover the journal
cli-doctor-arg-recover = Make one store.json holding every entry any file in the data folder still holds (store.json, its change log, backups, files kept aside, an interrupted save's temporary file), keeping the good lines around damaged ones. The step to run whenever the journal will not open. Nothing it reads is changed or moved
cli-doctor-arg-restore = Like --recover, with this backup's version of each entry first (a name from the list, or a path). The file it replaces is kept in backups/
cli-doctor-arg-rebuild = The older name of --recover
cli-doctor-arg-repair = The older name of --recover (it gives entries sharing an id new ids of their own)
cli-content-about = Check or copy content packs (the strategies, FAQ and checklist texts)
cli-content-check-about = Check a content pack and print a one-line summary [default: the bundled pack]
cli-content-check-arg-dir = The pack's directory
cli-content-export-about = Write the bundled pack into DIR as a starting point for your own
cli-content-export-arg-dir = A directory that does not hold pack files yet
cli-config-about = See your settings (theme, editor, pacing…) and where they are kept
cli-config-show-about = Print the settings in effect, and which file they come from
cli-config-path-about = Print where the settings file is (or would be)
cli-completions-about = Print a completion script for your shell (e.g. `trustmend completions bash > ~/.local/share/bash-completion/completions/trustmend`)
cli-completions-arg-shell = The shell: bash, zsh, fish, elvish or powershell
cli-walk-about = The workbook as plain questions and answers, line by line, for screen readers (no full-screen drawing; the same journal and progress)
cli-man-about = Print the manual page (e.g. `trustmend man > ~/.local/share/man/man1/trustmend.1`)
cli-homework-about = Homework from a therapist: print a template, check a file, import it
cli-homework-template-about = Print a commented assignment file to start from (`> homework.toml`)
cli-homework-check-about = Check an assignment file and list every problem with its line and column
cli-homework-check-arg-file = The assignment's .toml file
cli-homework-import-about = Attach an assignment to your workbook (replaces your earlier one; entries stay)
cli-homework-import-arg-file = The assignment's .toml file
cli-partner-about = Add, list, rename or remove the people who use this workbook
cli-partner-add-about = Add a person, e.g. `trustmend partner add Sam --role repairing`
cli-partner-add-arg-name = Their name, as the header and the picker show it
cli-partner-add-arg-role = Which side of the betrayal they are on; it decides their prompts
cli-partner-list-about = List the people in this workbook: names and roles, nothing they wrote
cli-partner-remove-about = Take a person out of this workbook, with everything of theirs (entries, check-ins, progress, drafts) in every file of the data folder, backups included. It offers an export first and asks twice
cli-partner-remove-arg-name = Their name
cli-partner-remove-arg-export = First write their own entries to FILE (.html for a page, else Markdown)
cli-partner-remove-arg-keep-shared = Keep their shared entries for the other partner to read
cli-partner-remove-arg-yes = Confirm without asking (for a script); shared entries go unless --keep-shared
cli-partner-remove-arg-without-passphrase = Remove a protected person without their passphrase: destroys their sealed journal, which nobody could open again
cli-partner-rename-about = Give a person another name, e.g. `trustmend partner rename Sam Samira`
cli-partner-rename-arg-old = Their name now
cli-partner-rename-arg-new = The name they want
cli-write-about = Write a private journal entry from the shell: `trustmend write "Today…"`. Without TEXT, your editor opens ($VISUAL, $EDITOR), or the words are read from standard input when it is not a terminal
cli-write-arg-text = The words of the entry (several words are joined with spaces)
cli-write-arg-as-name = Who is writing, when two people share the workbook (or use --profile)
# What the commands say.
cmd-cannot-write-summary = cannot write the summary
cmd-writing-export = Writing the export
cmd-bundled-pack = bundled pack
cmd-measures-problems = { $n } { $n ->
    [one] problem
   *[other] problems
  } in the measures:
cmd-catalogues-differ = the catalogues of sentences differ from English:
cmd-pack-ok = { $name }: ok — { $strategies } strategies, { $prompts } prompts, { $commitments } suggested commitments, { $faq } FAQ entries, { $signs } move-on checklist items, { $lines } help lines, { $questionnaires } questionnaires
cmd-warning = warning: { $warning }
cmd-restoring = Restoring the backup
cmd-recovering = Recovering every word
cmd-rebuilding = Rebuilding the journal
cmd-repairing = Repairing the journal
cmd-checking = Checking the journal and its backups
cmd-doctor-problems = { $n } { $n ->
    [one] problem
   *[other] problems
  } found (marked !! above)
cmd-reading-journal = Reading the journal
cmd-no-workbook = there is no workbook in { $dir } yet. Run `trustmend` to start one.
cmd-no-one-called = no one called { $name } in this workbook (people here: { $names })
cmd-no-one-yet = this workbook has no one in it yet. Run `trustmend` to start.
cmd-shared-by = this workbook is shared by { $names }; say whose with --profile NAME
cmd-and = and
cmd-pack-folder-taken = { $dir } already holds { $files }; nothing was written. Choose an empty folder.
cmd-cannot-create = cannot create { $path }
cmd-cannot-write = cannot write { $path }
cmd-pack-written = Wrote the bundled pack to { $dir }. Edit it, check it with `trustmend content check { $dir }`, and use it with --content { $dir }.
settings-no-help-for = { $file }: country { $code } has no help lines of its own in the content pack, so the help list shows the ones for everyone (findahelpline.com); the pack has { $known }
settings-unknown-key = { $at }: unknown setting `{ $key }` is ignored (known settings: { $known }; see docs/config.md)
settings-not-a-language = { $at }: language { $value } is not one trustmend speaks, so it is ignored; write one of { $languages } (see docs/config.md)
settings-not-a-country = { $at }: country { $value } is not a country code, so it is ignored; write a two-letter ISO code such as "CA", "IE" or "AU", or "GB-ENG", "GB-SCT", "GB-WLS" or "GB-NIR" for a UK nation (see docs/config.md)
settings-invalid = { $at }: { $message }
    Fix this setting in the file (or remove it to use the default); see docs/config.md.
settings-unreadable = cannot read the settings file { $file }: { $why }
    { $next }
settings-unreadable-permission = Give your user permission to read it, or point --config at another file.
settings-unreadable-other = Point --config at a settings file (or remove this one to use the defaults).
settings-permission-denied = permission denied
settings-is-a-folder = it is a folder, not a file
settings-not-text = the settings file { $file } is not UTF-8 text (an unreadable byte at line { $line }, byte { $byte } of the file)
    Save it as UTF-8 in your editor, or point --config at another file.
settings-missing = the settings file { $file }, given with --config, does not exist
    Check the name, or leave --config out to use config.toml in the usual place.
settings-from = Settings from { $file }
settings-defaults = { $file } does not exist: these are the defaults. Create it to change them (see docs/config.md).
settings-no-folder = No config folder could be found on this system: these are the defaults. Use --config FILE.
settings-no-config-folder = this system has no config folder for trustmend (no home directory?). Use --config FILE or TRUSTMEND_CONFIG.
settings-pack-problems = the content pack has { $n } { $n ->
    [one] problem
   *[other] problems
  }:
write-locked = nothing was written; close the workbook, then write again
write-no-workbook = there is no workbook in { $dir } yet. Run `trustmend` to start one, then write.
write-cannot-read-stdin = cannot read the words from standard input (is it text?)
write-protected-no-editor = your entries are protected, so trustmend does not hand them to another editor (it would need them in a plain file on disk). Type the words after `trustmend write`, or pipe them in: echo … | trustmend write
write-nothing-saved = Nothing was saved.
write-no-words = there were no words to save, so nothing was saved
write-saved = Saved { $name }'s entry (private{ $sealed ->
    [yes] , sealed
   *[no] {""}
  }) in { $file }. It is in the journal next time { $name } opens trustmend (entry { $id }).
write-not-sealed = nothing was written, so no plain copy is on disk
write-not-saved = the entry could not be saved; nothing else was changed
write-no-one-called = no one called { $name } in this workbook (people here: { $names }); nothing was written
write-shared-by = this workbook is shared by { $names }; say who is writing with --as NAME. Nothing was written.
door-nothing-read = nothing was read
door-records-left-out = { $n } of their records could not be opened with this key; they are left out.
door-passphrase-prompt = { $name }'s workbook is protected. Their passphrase (not shown as you type):
door-needs-terminal = { $name }'s workbook is protected: acting as them needs their passphrase, typed at a terminal. Nothing was read or written.
door-no-passphrase = no passphrase was typed, so nothing of { $name }'s was opened or changed
door-wrong-passphrase = that passphrase does not open { $name }'s workbook, so nothing of theirs was read or changed
door-cannot-open = { $name }'s workbook could not be opened: { $why }. Nothing was changed.
partner-name-empty = the name is empty; give any name you like
partner-name-controls = the name has control characters in it; type it as plain text
partner-name-long = please keep the name under { $max } characters
partner-name-taken = { $name } is already in this workbook; choose another name
partner-cannot-add = cannot add { $name }: { $why }. Nothing was changed.
partner-workbook-full = this workbook is already shared by { $names }, and a workbook is for one person or a couple. To keep a journal of your own, start a separate workbook in another folder: trustmend --data-dir FOLDER
partner-added = Added { $name } ({ $role }). { $name } can start with: trustmend --profile { $quoted }
partner-list-empty = No one in this workbook yet. Add someone with: trustmend partner add NAME --role hurt|repairing|both|unsaid
partner-rename-no-workbook = there is no workbook in { $dir } yet, so there is no one to rename
partner-rename-no-one = no one called { $name } in this workbook (people here: { $names }). Nothing was changed.
partner-already-called = { $name } is already called that
partner-cannot-rename = cannot rename to { $name }: { $why }. Nothing was changed.
partner-no-one-called = no one called { $name } in this workbook
partner-renamed = Renamed { $was } to { $now }. Everything { $now } wrote stays theirs; start with: trustmend --profile { $quoted }
partner-leaver-gone = the person leaving is no longer in this workbook; nothing was removed
partner-remove-locked = nothing was removed; close trustmend wherever it is open, then try again
partner-remove-no-workbook = there is no workbook in { $dir } yet, so there is no one to remove
partner-remove-no-one = no one called { $name } in this workbook (people here: { $names }). Nothing was removed.
partner-without-passphrase = { $who } protects their journal with a passphrase, and it is not being typed: this destroys everything { $who } wrote here, sealed, and nobody can open it again. (Anyone using this computer account can delete trustmend's files anyway; trustmend asks so that it never happens by mistake.)
partner-only-with-passphrase = nothing was removed. Only { $who }, with their passphrase, can remove them; --without-passphrase destroys their sealed journal instead
partner-keep-shared-nobody = --keep-shared: { $who }'s shared entries were never shown to anyone else (couples mode is off), so there is nobody to keep them for. Nothing was removed.
partner-leaving = { $who } is leaving this workbook. Leaving removes from every file in { $dir } (backups included): { $private } private { $private ->
    [one] entry
   *[other] entries
  }, { $checkins } { $checkins ->
    [one] check-in
   *[other] check-ins
  }, progress in { $strategies } { $strategies ->
    [one] strategy
   *[other] strategies
  } and { $commitments } { $commitments ->
    [one] commitment
   *[other] commitments
  }, homework, and any drafts.
partner-ask-copy = Keep a copy of { $who }'s own entries first? Type a file name (.md or .html), or press Enter for none:
partner-copy-needs-passphrase = a copy of { $who }'s entries needs their passphrase (without it they cannot be opened); nothing was written or removed
partner-the-other = the other partner
partner-ask-keep-shared = { $who } shared { $n } { $n ->
    [one] entry
   *[other] entries
  } with { $other }. Keep them for { $other } to read? [y/N]
partner-cannot-be-undone = This cannot be undone: trustmend keeps no copy of what it removes, and the backups are written again without it.
partner-type-name = Type { $who } to go on:
partner-not-the-name = that is not { $who }; nothing was removed
partner-last-question = Last question: remove { $who } now? Type yes to remove:
partner-not-confirmed = not confirmed; nothing was removed
partner-removing = Removing { $who } from the journal and every backup
partner-removed = Removed { $who }: { $private } private { $private ->
    [one] entry
   *[other] entries
  }, { $shared } shared { $shared ->
    [one] entry
   *[other] entries
  }, { $checkins } { $checkins ->
    [one] check-in
   *[other] check-ins
  }, progress in { $strategies } { $strategies ->
    [one] strategy
   *[other] strategies
  }, { $commitments } { $commitments ->
    [one] commitment
   *[other] commitments
  }, { $assignments } homework { $assignments ->
    [one] assignment
   *[other] assignments
  }, { $drafts } { $drafts ->
    [one] draft
   *[other] drafts
  }; { $backups } { $backups ->
    [one] backup
   *[other] backups
  } written again without them.
partner-kept-shared = Kept { $n } shared { $n ->
    [one] entry
   *[other] entries
  } for { $other }.
partner-not-removed = Not removed, because trustmend cannot reach them: exports already made, and copies outside { $dir } (your own backups, a cloud folder, rescue copies in the temporary folder).
partner-copy-sealed = The copy is sealed with your passphrase.
partner-nothing-removed = nothing was removed
partner-draft-heading = A draft, not saved before leaving
# The words typed for yes: y (short), then the whole words, separated by commas.
partner-yes-short = y
partner-yes-words = yes
export-since-after-until = --since { $since } is after --until { $until }; nothing would be exported. Swap them.
export-not-a-strategy = --strategy { $id } is not a strategy of this content pack; use one of: { $ids }
export-select-none = --select: there are no entries to choose from; nothing was written
export-select-list = The entries this export can hold:
export-select-ask = Which go in? Type their numbers, like 1 3 5-7, then Enter:
export-select-cannot-read = cannot read the choice of entries
export-select-again-asked = Run the export again and choose from the list.
export-select-again = Run it with --select alone to see the numbered list.
export-select-bad = --select: { $why }. Nothing was written. { $again }
export-search-empty = --search { $text } has no words to look for; give a word, or leave --search out.
export-bad-epoch = SOURCE_DATE_EPOCH is { $value }, not a number of seconds since 1970; unset it, or give one like 1772352000. Nothing was written.
export-cannot-write-stdout = cannot write the export to standard output
export-no-folder = the folder { $folder } does not exist; create it first, or choose another place. Nothing was written.
export-is-a-folder = { $path } is a folder; give a file name inside it, like { $example }. Nothing was written.
export-cannot-write-unchanged = cannot write { $path }; the file there (if any) is unchanged
export-exists = { $path } already exists; nothing was written. Add --force to replace it, or choose another name.
export-cannot-write-removed = cannot write { $path }; nothing was left there
export-wrote = Wrote { $path }{ $encrypted ->
    [yes] , encrypted with age; readable only by you
   *[no] {" "}(readable only by you)
  }
export-not-a-recipient = --encrypt-to { $value } is neither an age recipient (age1…) nor a file of recipients; nothing was written
export-nothing-written = nothing was written
export-cannot-read-recipients = cannot read the recipients file { $path }
export-no-recipient = { $path } holds no recipient (one age1… public key a line, # for comments); nothing was written
export-stdin-passphrase-empty = the passphrase on standard input is empty; nothing was written
export-passphrase = A passphrase for the export (not shown as you type):
export-passphrase-empty = the passphrase is empty; nothing was written. Run the export again and type one.
export-passphrase-again = The same passphrase again:
export-passphrases-differ = the two passphrases differ; nothing was written. Run the export again.
export-cannot-read-passphrase-stdin = cannot read the passphrase from standard input
export-cannot-hide = cannot turn off echo on this terminal
export-cannot-read-passphrase = cannot read the passphrase
export-cancelled = cancelled; nothing was written
walk-edge-save-unfinished = the last save did not finish
walk-edge-not-saved = your last answers could not be saved: { $why } Free some space or fix the folder's permissions, then run `trustmend walk` again.
walk-edge-guide-start = Breathe with the lines as they come. Press Enter (or type q) to stop at any time.
walk-edge-guide-end = That was three slow breaths. You can do more whenever you like.
walk-edge-guide-stopped = Stopped.
homework-fix-and-check = fix them and check again
homework-check-ok = { $file }: ok — homework from { $by }, starting { $start }, { $strategies } { $strategies ->
    [one] strategy
   *[other] strategies
  }, { $prompts } extra { $prompts ->
    [one] prompt
   *[other] prompts
  }
homework-check-questionnaires = questionnaires: { $names }, offered every { $days } days
homework-cannot-read = cannot read { $file }
homework-not-utf8 = { $file } is not valid UTF-8 (at byte { $byte }); save it as UTF-8
homework-problems = { $file } has { $n } { $n ->
    [one] problem
   *[other] problems
  }; { $then }:
homework-nothing-imported = nothing was imported
homework-locked = Then import the homework again; nothing was changed.
homework-no-workbook = there is no workbook in { $dir } yet. Run `trustmend` once to start it, then import the homework.
homework-for-another = Note: the file says it is for { $to }; it is being added for { $name } as asked.
homework-imported = { $replaced ->
    [yes] Replaced the earlier homework with
   *[no] Added
  } homework from { $by } for { $name }: { $steps } { $steps ->
    [one] strategy
   *[other] strategies
  }. Open trustmend and choose "Homework from { $by }" on the home screen.
homework-for-nobody = the homework is for { $to }, who is not in this workbook; nothing was imported
doctor-folder = trustmend data folder: { $dir }
doctor-nothing-yet = nothing here yet (the first run of trustmend creates it)
doctor-a-file = { $dir } is a file, not a folder, so it cannot hold a workbook. It was not changed. Start trustmend with --data-dir set to a folder.
doctor-store-with-log = store.json: { $what } (the saves since it was last written whole are in { $log }, { $size })
doctor-store-none = store.json: none yet (a first run starts one)
doctor-store-or-log = store.json or its change log
doctor-session-drafts = session.json (unsent drafts)
doctor-session-readable = session.json: readable
doctor-no-temporary = no temporary files left by an interrupted save
doctor-temporary = temporary files from an interrupted save (removed the next time trustmend opens with store.json there; read by `doctor --recover` until then): { $files }
doctor-editor-leftovers = files left by your own editor ({$own}) when it or trustmend was stopped, which may hold words in plain (removed the next time trustmend opens): { $files }
doctor-no-backups = backups: none yet (one is kept whenever the journal is written whole, at least once a day it is used)
doctor-backups = backups in { $dir }: { $n } ({ $size })
doctor-backup-plain = { $entries }, { $n } of them holding a protected partner's private words in plain (sealed at the next save in trustmend)
doctor-backup-vanished = vanished while being read
doctor-backup-damaged = damaged ({ $why }), read line by line by --recover
doctor-backup-line = {"  "}{ $name }  saved { $saved }  { $what }, { $size }
doctor-to-restore = To put one back (with every entry the other files hold): trustmend doctor --restore NAME
doctor-copy-holds = { $name }: holds { $entries } and { $checkins } { $checkins ->
    [one] check-in
   *[other] check-ins
  } the journal lacks{ $backup ->
    [yes] {" "}(deleted since, or lost)
   *[no] {""}
  }. `trustmend doctor --recover` brings them back.
doctor-copy-in-journal = { $name }: everything it holds is in the journal (delete it once you are sure)
doctor-copy-plain = { $name }: { $n } { $n ->
    [one] record
   *[other] records
  } of a protected partner in plain text, readable without the passphrase. `trustmend doctor --recover` brings anything it holds into the journal (sealed); then delete { $name }.
doctor-copy-damaged = { $name }: damaged { $n ->
    [one] line
   *[other] lines
  } { $lines } cannot be read (kept in the file as it is)
doctor-plain-words = { $file }: { $n } private { $n ->
    [one] entry
   *[other] entries
  } of a protected partner in plain text, readable without the passphrase. Open trustmend and save once: the save seals them and re-seals the backups.
doctor-no-backup-file = there is no backup file { $path }. Run `trustmend doctor` to list the backups.
doctor-entries = { $n } { $n ->
    [one] entry
   *[other] entries
  }
doctor-no-one-yet = no one yet
doctor-describe = { $entries } by { $who }
doctor-not-open = not open in any trustmend right now
doctor-leaving-cut-short = leaving.json: a partner's leaving was cut short; trustmend finishes it when it next opens
doctor-bytes = { $n } bytes
doctor-megabytes = { $n } MB
recover-kind-live = the journal
recover-kind-log = its change log
recover-kind-replaced = kept aside
recover-kind-backup = backup
recover-kind-temporary = left by an interrupted save
recover-unreadable-backup = { $path } cannot be read as a trustmend journal; nothing was changed. Run `trustmend doctor` to list the backups, or `trustmend doctor --recover` to bring back everything the data folder holds.
recover-nothing-there = there is nothing in { $dir } to recover a journal from: no store.json, change log, backup or file kept aside. Nothing was changed.
recover-nothing-to-do = Nothing to recover: { $path } already holds everything these files hold. Nothing was changed.
recover-nothing-changed = Nothing was changed.
recover-done = Recovered { $path }: it now holds { $what }.
recover-renumbered = { $n } { $n ->
    [one] entry
   *[other] entries
  } that shared an id with another got a new id.
recover-kept-aside = A damaged file (or a link or folder in a file's place) is kept as it was in { $path }.
recover-after = The copy replaced is kept in backups/. Every other file was left as it was. Entries you had deleted may be back: delete them again if so.
recover-strangers = { $n } { $n ->
    [one] entry
   *[other] entries
  } by someone who is not in this workbook (perhaps a partner who left) stayed where they are, not brought into the journal.
recover-read = Read:
recover-added = { $n } not in the files above (brought back)
recover-damaged-lines = damaged { $n ->
    [one] line
   *[other] lines
  } { $lines } could not be read, the lines around kept

## The welcome's language

# How the language names itself, in its own words (shown as it is in every language).
language-own-name = English
welcome-step-language = Language
welcome-language-question = Which language would you like to read trustmend in?
welcome-language-note = Everything from here on is in the language you choose, and your words stay with their questions if you change it later (the language setting in config.toml).
walk-welcome-language = Which language would you like to read trustmend in? Type its number.
welcome-language-not-kept = This language is in use until you close trustmend, but the choice could not be kept for next time: {$why}
language-no-settings-file = this system has no folder for trustmend's settings
language-settings-unreadable = {$file} could not be read as settings, so it was left as it is
# walk's reading pages: which part of Before you begin or the questions is read.
walk-part-of = {$heading}, {$n} of {$all}: {$title}

## config show: the comment after a setting left empty

config-show-editor-empty = empty: $VISUAL, then $EDITOR, then nano
config-show-country-guess = empty: the welcome's answer, else {$guess} from the locale
config-show-country-empty = empty: the welcome's answer, else the locale's country
config-show-language-locale = empty: the locale's; {$code} in use, from {$from}
config-show-language-default = empty: the locale's language, else English; "en" in use

## What can go wrong on disk (model::StoreError): every message names the file, what is wrong and what to do

store-no-data-dir = trustmend could not work out where to keep its data (no home folder was found). Choose a folder with --data-dir PATH or the TRUSTMEND_DATA_DIR environment variable.
store-not-a-file = {$path} is { $folder ->
    [yes] a folder
   *[no] a special file
}, not a file. {$next}
store-empty = {$path} is empty, so there is no workbook to read in it. {$next}
store-not-text = {$path} is not a text file (unreadable bytes at line {$line}, byte {$byte}). {$next}
store-newer = {$path} was written by a newer trustmend (format {$found}, this one reads up to {$supported}). Update trustmend; the file was not changed.
store-migrate = {$path} is in an older format ({$found}) that could not be updated: {$reason}. {$next}
store-lock-failed = Could not lock {$path}: {$reason}. If the data folder is on a network drive, choose a local one with --data-dir PATH, then start again.
store-log-without-snapshot = {$log} holds saves of a workbook ({ $entries ->
    [one] 1 entry
   *[other] {$entries} entries
}) but {$store} { $dangling ->
    [yes] is a link to a file that is not there
   *[no] beside it is missing
}. trustmend has not changed either, and will not start a new workbook over them. Run `trustmend doctor --recover` to make a new store.json from the log and the backups (the log itself is left as it is), or put store.json back, then start again.
store-duplicate-ids = {$path} holds more than one entry with the same id ({$ids}), so editing one would save over another. trustmend has not changed it. Run `trustmend doctor --recover` to give the duplicates new ids (the file is kept as a backup), then start again.
store-ids = { $n ->
    [one] id
   *[other] ids
} {$list}
store-ids-more = and {$n} more
store-unfinished = {$temp} holds a journal that was being written when trustmend was stopped, and {$store} is missing. trustmend has not changed either, and will not start a new workbook over it. Run `trustmend doctor --recover`: it makes store.json from it and every other copy in the folder, then start again.
store-older-than-log = {$path} is older than the saves in {$log} that follow it (was a backup copied over it?), so reading it would leave those saves out, and the next save would put them where nothing reads them. trustmend has not changed either file. Run `trustmend doctor --recover`: it makes one store.json holding every entry of both, then start again.
store-symlink = {$path} is a symbolic link (to {$target}). trustmend keeps its journal as a plain file in the data folder, so that every save can replace it whole and safely, and has not changed the link or the file it points to. Run `trustmend doctor --recover`: it puts a plain file holding everything in its place and keeps the link aside. Or start trustmend with --data-dir set to the folder that holds the file, then start again.
store-lock-lost = {$path} is no longer the lock this trustmend holds: it was deleted or replaced, perhaps while another trustmend opened this workbook. So that two windows never save over each other's words, this one has stopped saving. Close every trustmend using this folder, then open it again.
store-not-writable = {$path} cannot be written ({$reason}), so nothing could be saved there. Make the folder writable, or start trustmend with --data-dir pointing elsewhere.
store-encode = Could not turn the {$what} into JSON ({$why}). Nothing was written. This is a bug in trustmend; please report it.
store-unanswered = Could not save {$path}: {$why}.
store-unanswered-stopped = the background saver stopped unexpectedly
store-unanswered-waited = trustmend stopped waiting for it after {$waited}, so the last changes may not be on disk
store-waited-ms = {$n} ms
store-waited-seconds = { $n ->
    [one] 1 second
   *[other] {$n} seconds
}
store-json-syntax = {$path} is damaged: it stops being valid JSON at line {$line}, column {$column} ({$detail}).
store-json-cut-short = {$path} is cut short: it ends at line {$line}, column {$column} before the data is complete.
store-json-shape = {$path} is not a trustmend file it can read: at line {$line}, column {$column}, {$detail}.
store-left-session = trustmend has not changed it. It holds where you were and unsent drafts: move it aside to start a fresh session (the journal is not in it), then start again.
store-left-leaving = trustmend has not changed it. It names a person whose leaving was cut short, so nothing is saved until it is finished: put back the copy you have, or remove it and have that person leave again, then start again.
store-left-alone = trustmend has not changed it. Run `trustmend doctor --recover`: it makes a new store.json from every entry this file, its change log and the backups still hold, and keeps this file as it is. Then start again.
store-write-full = Could not save {$path}: {$reason}. The copy saved before is unchanged. Free some space, then save again.
store-write-read-only = Could not save {$path}: {$reason}. The copy saved before is unchanged. Make the folder writable (or start trustmend with --data-dir pointing elsewhere), then save again.
store-write-gone = Could not save {$path}: {$reason} (was it moved, deleted or unmounted?). Put it back or reconnect the drive, then save again.
store-write-other = Could not save {$path}: {$reason}. The copy saved before is unchanged. Try again; if it keeps failing, check the disk.
store-dir-is-file = The data folder {$path} cannot be made: a file is in its place (or on its path). trustmend has not changed it. Start trustmend with --data-dir set to a folder, then start again.
store-dir-cannot-create = Could not create the data folder {$path}: {$reason}. Choose another folder with --data-dir PATH, or fix the folder's permissions, then start again.
store-locked = The workbook is open in { $pid ->
    [none] another trustmend
   *[other] another trustmend (process {$pid})
}. Close that one first. (It holds the lock on {$path}.)
store-reason-full = the disk is full
store-reason-quota = the disk quota is used up
store-reason-read-only = the folder is read-only
store-reason-gone = the folder has gone
store-reason-permission = permission denied
store-reason-not-a-folder = a folder on its path is a file, not a folder
store-read = Could not read {$path}: {$reason}. trustmend has not changed it. {$next}
store-read-permission-next = Give your user permission to read it (for example `chmod u+rw` on it), then start again.
store-read-not-a-folder-next = Start trustmend with --data-dir set to a folder (the data folder must be a folder, not a file), then start again.
store-read-other-next = Check the disk it is on (is it still connected?), then start again.

## Exports

# The exports (Markdown, HTML, JSON), `status`'s check-in lines and
# `export --select`'s list. A day is said as `walk-date` says it; a day
# and a time as `report-date-time`.
report-date-time = {$date}, {$time}
report-title = trustmend journal — {$name}
report-title-plain = trustmend journal
report-no-profile = There is no profile to export yet.
report-no-profile-id = there is no profile with id {$id} to export
report-former-partner = a former partner
report-who = {$name} ({$role})
report-role = { $role ->
    [hurt] was hurt
    [repairing] repairing the trust
   *[both] hurt on both sides
}
report-exported = Exported {$date}.
report-holds-only = This export holds only {$name}'s own entries and the entries shared with {$name}. Anyone else's private entries are never included, and protected entries stay locked.
report-holds-only-page = This holds only {$name}'s own entries and the entries shared with {$name}. Anyone else's private entries are never included, and protected entries stay locked.
report-showing = Showing {$what}.
report-showing-written = entries written {$range}
report-showing-strategy = only {$title}
report-showing-shared = only entries shared with the other partner
report-showing-chosen = { $n ->
    [one] only the one entry chosen
   *[other] only the {$n} entries chosen
}
report-range-between = from {$since} to {$until}
report-range-since = since {$since}
report-range-until = until {$until}
report-span-on = on {$date}
report-entries-exported = Entries {$range} · exported {$date}
report-no-entries-yet = no entries yet
report-homework-from = Homework from {$name}
report-starting = Starting {$date}
report-due = due {$date}
report-no-due = no due date
report-prompt-from = a prompt from {$name}
report-answered = answered {$date}
report-not-answered = not answered yet
report-step = { $state ->
    [done] done {$date}
    [late] done {$date}, late
    [overdue] overdue (due {$date})
    [today] due today
   *[other] not done yet
}
report-prompts-of = Prompts of {$title}
report-questionnaires = Questionnaires
report-score = {$total} of {$max} ({$band}), {$date}
report-score-first = First: {$score}
report-score-latest = Latest: {$score}
report-score-change = Change: {$change}, over {$n} answers
report-score-every = Every answer: {$all}
report-scoring = Scoring: {$source}
report-measure-summary = First {$first} of {$max} ({$first_band}), latest {$latest} of {$max} ({$latest_band}), change {$change}.
report-measure-chart = {$name} totals over time
report-of = {$total} of {$max}
report-band-outside = outside the published range
report-stage = Stage: {$stage}
report-strategy-started = started {$date}
report-strategy-finished = finished {$date}
report-visits = gone through {$n} times
report-commitments = Commitments
report-commitment-started = started {$date}
report-kept = { $kept ->
    [kept] kept
    [partly] partly kept
   *[not] not kept
}
report-reviewed = {$kept} (reviewed {$date})
report-in-practice = in practice
report-still-practising = still practising
report-reflections = Reflections and entries
report-untitled = { $kind ->
    [free] Journal entry
    [reply] Reply
   *[other] Entry
}
report-written = Written {$date} · {$reach}
report-edited = edited {$date}
report-by = by {$name}
report-strategy-gone = for {$id}, a strategy this content pack no longer has
report-locked-entry = (protected entry, locked)
report-locked-note = (protected note, locked)
report-no-text = (no text)
report-other-entries = Other entries
report-not-started-yet = Not started yet: {$titles}.
report-over-time = Over time
report-checkins = Check-ins
report-skipped = skipped
report-column = { $column ->
    [when] When
    [mood] Mood
    [trust] Trust
    [sleep] Sleep
    [appetite] Appetite
    [stress] Stress
    [feelings] Feelings
    [body-signs] Body signs
    [note] Note
    [strategy] Strategy
    [due] Due
    [progress] Progress
    [commitment] Commitment
    [started] Started
    [finished] Finished
    [kept] Kept?
    [total] Total
   *[band] Band
}
report-chart = { $chart ->
    [trust] Trust over time
   *[feeling] Mood, sleep and stress over time
}
report-chart-what = { $chart ->
    [trust] Trust
   *[feeling] Mood, sleep and stress
}
report-chart-desc = {$what} from {$low} to {$high} at each check-in, {$from} to {$to}: {$lines}. The same numbers are in the table beside.
report-chart-line = { $marker ->
    [dot] solid line, black dots
    [square] dashed line, open squares
   *[triangle] dotted line, black triangles
}
report-chart-scale = {$name} ({$low} to {$high})
report-timeline = The strategies over time
report-timeline-desc = One bar for each strategy begun, from {$from} to {$to}: a solid bar from the day it started to the day it was finished, an open dashed bar for one still going. The same days are in the table beside.
report-timeline-legend = Solid bar: finished · open dashed bar: still going.
report-still-going = still going ({$stage})
report-choice-empty = no entry was chosen; type the numbers of the entries to include, like 1 3 5-7
report-choice-not-a-number = {$part} is not an entry number or a range like 5-7
report-choice-none = {$part} is not in the list: there are no entries to choose from
report-choice-out-of-range = {$part} is not in the list; the entries are numbered 1 to {$count}
report-choice-backwards = {$part} runs backwards; write the smaller number first
status-checkins-none = Check-ins: none yet (open trustmend and press {$checkin})
status-last-checkin = Last check-in: {$date} · {$mood} · {$trust} · {$sleep} · {$stress}
status-rated = { $what ->
    [mood] mood
    [trust] trust
    [sleep] sleep
   *[stress] stress
} {$value}
status-trust-none = Trust: not rated in recent check-ins
status-trust-first = Trust, first check-in: {$line} (0 to 10)
status-trust-last = Trust, last {$n} check-ins: {$line} (0 to 10)

## Opening a workbook that cannot be saved (the question before the screen opens)

access-not-writable = {$folder} cannot be written ({$why}), so nothing could be saved.
access-locked = the workbook is open in { $pid ->
    [none] another trustmend
   *[other] another trustmend (process {$pid})
}.
access-read-only = {$folder} is read-only, so nothing could be saved.
access-newer = this workbook comes from a newer trustmend.
access-ask = trustmend cannot save here: {$why}
    Open it read-only, to read without changing anything? Type r and Enter to read, or just Enter to quit:{" "}

## The workbook's own edges: the screen closing, walk's editor, a partner's entry found, a locked entry

app-screen-closing = the screen is closing
walk-edge-no-editor = trustmend walk reads your words from its input; type them there.
journal-found-not-theirs = {$name} shared this entry; only {$name} can change it.
entry-locked = (locked)

## The rest in Spanish

walk-move-on-ticked = {$n} of {$all} ticked. Private: only you see this list. A number ticks or unticks that line.
move-on-closing-later = {$private} A closing note comes at the last item.
picker-nobody-added = Nobody was added: {$why}.
panic-stopped = trustmend stopped because of a bug. Your journal is in {$root} (store.json, with older copies in backups/). {$drafts} Run `trustmend doctor` to check it.
panic-drafts-saved = Your drafts were saved in {$path}.
panic-drafts-not-saved = Your drafts could not be saved: {$why}
panic-drafts-autosaved = Drafts are autosaved every few seconds in {$path}.
# Keys by name, wherever a key is named to a person (key bars, the help,
# sentences): the words the keyboard prints.
key-name-space = Space
key-name-enter = Enter
key-name-esc = Esc
key-name-tab = Tab
key-name-shift = Shift
key-name-home = Home
key-name-end = End
key-name-pgup = PgUp
key-name-pgdn = PgDn
key-name-backspace = Backspace
key-name-delete = Delete
# Encryption's own troubles, in our words (never the library's).
crypto-wrong-passphrase = that passphrase does not unlock these entries
crypto-too-much-work = the protection record asks for 2^{$required} rounds of passphrase work, more than trustmend ever writes (2^{$limit}), so it was not tried
crypto-record-damaged = the protection record is damaged ({$why}); the entries cannot be unlocked from it
crypto-not-for-this-key = this entry was sealed for someone else's key or passphrase
crypto-entry-damaged = this entry's sealed text is damaged ({$why})
crypto-not-text = this entry's text is not valid UTF-8 after opening
crypto-damage = { $why ->
    [no-recovery-key] this protection was set up without a recovery key
    [identity-not-text] the identity is not text
    [no-key] no key in the identity
    [not-an-identity] the key is not an age identity
    [key-mismatch] the key does not match the recipient
    [no-passphrase] it is not sealed with a passphrase
    [not-age] it is not an age file
    [no-work-factor] its passphrase stanza has no valid work factor
    [too-much-work] it asks for 2^{$required} rounds of passphrase work, more than trustmend accepts
    [header] its header is damaged
    [changed] it was changed or damaged after it was sealed
    [unreadable] it could not be read to the end
    [newer] it was written by a newer version of age than trustmend reads
    [not-protected] this partner is not protected
   *[key-inside] the key inside it could not be opened
}
crypto-seal-failed = could not seal the entry: {$why}
crypto-seal-why = { $why ->
    [recipient] the stored recipient is not valid
    [record] could not write the record
   *[encrypt] the encryption failed
}
# The TOML reader's problems in our words (English keeps the reader's own).
toml-unknown-value = {$value} is not one of the values allowed here ({$expected})
toml-unknown-field = there is no field {$field} here (the fields are {$expected})
toml-missing-field = the field {$field} is missing
toml-wrong-kind = this value is not of the kind this place needs (text in quotes, a number, true or false, a list…)
toml-twice = this key is given twice: {$line}
toml-unreadable-line = this line cannot be read as TOML: {$line}
toml-unreadable = the file cannot be read as TOML
toml-content-layout = {$problem} (this file is TOML; see docs/content.md for its layout)
toml-homework-layout = {$problem} (this file is TOML; see docs/homework.md for its layout, or start from `trustmend homework template`)
config-lock-after-range = lock_after_minutes must be between 0.05 (3 seconds) and 1440 (a day); {$minutes} is not
config-bad-date-format = date_format {$pattern} is not a date pattern chrono understands (for example "%-d %b %Y" or "%Y-%m-%d")
# A homework file's problems (after its file:line:col).
homework-unknown-field = unknown field `{$name}`; {$hint}
homework-did-you-mean = did you mean `{$key}`?
homework-may-have = {$what} may have {$keys}
homework-missing-field = missing field `{$key}`; add a line like {$example}
homework-not-text = {$what} must be text in quotes, not { $kind ->
    [integer] integer
    [float] float
    [boolean] boolean
    [datetime] datetime
    [array] array
    [table] table
   *[other] {$kind}
}
homework-empty = {$what} is empty; write some text between the quotes
homework-not-a-date = {$what} must be a date like 2026-03-01 (year-month-day, no time)
homework-not-tables = `{$what}` must be written as [[{$what}]] tables
homework-not-a-table = each `{$what}` must be a [[{$what}]] table
homework-every-days-alone = `measures_every_days` says how often the questionnaires in `measures` are asked; add a line like measures = ["phq9"] or remove it
homework-no-step = has no [[step]]; add at least one strategy to work on (see `trustmend homework template`)
homework-unknown-strategy = strategy {$strategy} is not in the content pack; use one of: {$valid}
homework-strategy-twice = strategy {$strategy} is assigned twice; give each strategy one [[step]] (put all its prompts there)
homework-due-before-start = due date {$due} is before the start date {$start}; move it later or the start earlier
homework-due-out-of-order = due date {$due} is earlier than the step before it (due {$prev}); steps are worked on in order, so list them in the order they are due
homework-prompt-id-form = prompt id {$id} must be lowercase letters, digits and dashes, like "lee-week-1"
homework-prompt-id-in-pack = prompt id {$id} is already a prompt of the content pack; choose another (a journal entry finds its prompt by id)
homework-prompt-id-twice = prompt id {$id} is used twice; ids must be unique (they link journal entries to their prompt)
homework-measures-not-a-list = `measures` must be a list in brackets, like measures = ["phq9", "csi4"] (known: {$known})
homework-measure-unknown = measure {$id} is not known; use one of: {$known}
homework-measure-twice = measure {$id} is listed twice; list each once
homework-every-days-range = measures_every_days must be a whole number of days from 1 to 365, like measures_every_days = 14
homework-role-mutual = role {$word} is now "both", the word `trustmend partner add --role both` uses for a partner who has been hurt and has hurt the other (everyone is "everyone")
homework-role-unsaid = role {$word} is not a prompt's audience: a person who prefers not to say their role is asked the "everyone" and "together" prompts; write "everyone"
homework-role-unknown = role {$word} is not known; use {$words}
homework-what = { $what ->
    [the-file] the file
    [step] a [[step]]
    [step-prompt] a [[step.prompt]]
    [prompt-id] prompt id
    [prompt-text] prompt text
    [a-measure] a measure
   *[key] {$key}
}
journal-new-placeholder = # A title, if you like, on the first line. Then whatever you want to write.
# Your own editor (Ctrl+O) and what it left.
editor-none = No editor is set ($VISUAL or $EDITOR, or `editor` in config.toml) and nano is not installed, so the words stay here.
editor-read-back = Could not read back what your editor wrote ({$why}).
editor-could-not-start = Could not start your editor ({$command}): {$why}. Set `editor` in config.toml, or $VISUAL.
editor-exited = Your editor ({$command}) exited with status {$code}.
editor-stopped-by-signal = Your editor ({$command}) exited with a signal.
editor-private-file = Could not make a private file for your editor in {$folder}: {$why}.
editor-failed-unchanged = {$why} Your words here are unchanged.
# The full screen's own edge.
app-needs-terminal = the workbook needs a terminal. For a summary without one, run `trustmend status`.
app-cannot-watch-terminal = cannot watch for the terminal closing
app-cannot-read-keyboard = cannot read the keyboard
app-reading-stopped = reading the journal stopped unexpectedly; nothing was changed. Open trustmend again.
app-not-saved = your last changes could not be saved in {$folder}:
    {$why}
    No copy of them could be written anywhere else either, so what was typed since the last save is not on the disk and could not be kept. What was saved before is unchanged there. Free some space (or fix the folder's permissions) before writing again.
# The together answer box's title where the whole reach does not fit.
together-reach-short = { $partners ->
    [one] together: shown beside your partner's if they join and answer
   *[other] together: shown beside your partner's once both are in
}
