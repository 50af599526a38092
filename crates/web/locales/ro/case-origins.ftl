# The contact a case file comes from: a hotline consultation or an anonymous help request.
case-origin-cases = Dosare deschise din acest contact
case-origin-none = Din acest contact nu a fost deschis încă niciun dosar.
case-origin-open = Deschideți un dosar din acest contact
case-origin-from-consultation = Consultația de la linia telefonică din care provine acest dosar
case-origin-from-help-request = Cererea anonimă de ajutor din care provine acest dosar
case-field-from_consultation = Consultație
case-field-from_help_request = Cerere de ajutor
case-error-only-on-opening = Poate fi indicat doar la deschiderea dosarului.
case-error-contact = Acesta nu este un contact al organizației dumneavoastră.
case-error-one-contact = Un dosar provine dintr-un singur contact.
