# The contact a case file comes from: a hotline consultation or an anonymous help request.
case-origin-cases = Досиета, открити от този контакт
case-origin-none = От този контакт все още не е открито досие.
case-origin-open = Открийте досие от този контакт
case-origin-from-consultation = Консултацията по горещата линия, от която идва това досие
case-origin-from-help-request = Анонимната молба за помощ, от която идва това досие
case-field-from_consultation = Консултация
case-field-from_help_request = Молба за помощ
case-error-only-on-opening = Може да се посочи само при откриване на досието.
case-error-contact = Това не е контакт на вашата организация.
case-error-one-contact = Едно досие идва само от един контакт.
