## The audit trail; English.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

audit-title = Audit trail
audit-actor = Who
audit-action = Action
audit-from = From
audit-until = Until
audit-time = Time (UTC)
audit-target = About
audit-outcome = Outcome
audit-empty = No event matches these filters.
audit-count = { $count ->
    [one] One event
   *[other] { $count } events
}
