# The contact a case file comes from: a hotline consultation or an anonymous help request.
case-origin-cases = Sprawy założone na podstawie tego kontaktu
case-origin-none = Na podstawie tego kontaktu nie założono jeszcze żadnej sprawy.
case-origin-open = Załóż sprawę na podstawie tego kontaktu
case-origin-from-consultation = Konsultacja telefonu zaufania, z której pochodzi ta sprawa
case-origin-from-help-request = Anonimowa prośba o pomoc, z której pochodzi ta sprawa
case-field-from_consultation = Konsultacja
case-field-from_help_request = Prośba o pomoc
case-error-only-on-opening = Można podać tylko przy zakładaniu sprawy.
case-error-contact = To nie jest kontakt Twojej organizacji.
case-error-one-contact = Sprawa pochodzi tylko z jednego kontaktu.
