## The audit trail; Romanian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

audit-title = Jurnal de audit
audit-actor = Cine
audit-action = Acțiune
audit-from = De la
audit-until = Până la
audit-time = Ora (UTC)
audit-target = Obiect
audit-outcome = Rezultat
audit-empty = Niciun eveniment nu corespunde acestor filtre.
audit-count = { $count ->
    [one] Un eveniment
    [few] { $count } evenimente
   *[other] { $count } de evenimente
}
