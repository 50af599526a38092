## The audit trail; Bulgarian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

audit-title = Одитна следа
audit-actor = Кой
audit-action = Действие
audit-from = От
audit-until = До
audit-time = Време (UTC)
audit-target = Обект
audit-outcome = Резултат
audit-empty = Няма събитие, което да отговаря на тези филтри.
audit-count = { $count ->
    [one] Едно събитие
   *[other] { $count } събития
}
