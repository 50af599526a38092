# The contact a case file comes from: a hotline consultation or an anonymous help request.
case-origin-cases = Case files opened from this contact
case-origin-none = No case file has been opened from this contact yet.
case-origin-open = Open a case file from this contact
case-origin-from-consultation = The hotline consultation this case comes from
case-origin-from-help-request = The anonymous help request this case comes from
case-field-from_consultation = Consultation
case-field-from_help_request = Help request
case-error-only-on-opening = Can only be given when the case is opened.
case-error-contact = This is not a contact of your organisation.
case-error-one-contact = A case comes from one contact only.
