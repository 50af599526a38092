## The audit trail; Polish.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

audit-title = Ścieżka audytu
audit-actor = Kto
audit-action = Działanie
audit-from = Od
audit-until = Do
audit-time = Czas (UTC)
audit-target = Dotyczy
audit-outcome = Wynik
audit-empty = Żadne zdarzenie nie pasuje do tych filtrów.
audit-count = { $count ->
    [one] Jedno zdarzenie
    [few] { $count } zdarzenia
    [many] { $count } zdarzeń
   *[other] { $count } zdarzenia
}
