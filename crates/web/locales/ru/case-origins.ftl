# The contact a case file comes from: a hotline consultation or an anonymous help request.
case-origin-cases = Дела, открытые по этому обращению
case-origin-none = По этому обращению ещё не открыто ни одного дела.
case-origin-open = Открыть дело по этому обращению
case-origin-from-consultation = Консультация горячей линии, из которой происходит это дело
case-origin-from-help-request = Анонимный запрос о помощи, из которого происходит это дело
case-field-from_consultation = Консультация
case-field-from_help_request = Запрос о помощи
case-error-only-on-opening = Можно указать только при открытии дела.
case-error-contact = Это не обращение вашей организации.
case-error-one-contact = Дело происходит только из одного обращения.
