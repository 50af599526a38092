## The audit trail; Ukrainian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

audit-title = Журнал аудиту
audit-actor = Хто
audit-action = Дія
audit-from = З
audit-until = По
audit-time = Час (UTC)
audit-target = Об’єкт
audit-outcome = Результат
audit-empty = Жодна подія не відповідає цим фільтрам.
audit-count = { $count ->
    [one] { $count } подія
    [few] { $count } події
    [many] { $count } подій
   *[other] { $count } події
}
