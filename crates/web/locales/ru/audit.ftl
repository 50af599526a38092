## The audit trail; Russian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

audit-title = Журнал аудита
audit-actor = Кто
audit-action = Действие
audit-from = С
audit-until = По
audit-time = Время (UTC)
audit-target = Объект
audit-outcome = Результат
audit-empty = Ни одно событие не подходит под эти фильтры.
audit-count = { $count ->
    [one] { $count } событие
    [few] { $count } события
    [many] { $count } событий
   *[other] { $count } события
}
