## The directory: organisations, their services and hotlines, the help pages, and the staff's entries; English.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

members-title = Organisations of the network
members-intro = The network's members, associate members, partner and secretariat. Filter the list by country, membership or the assistance an organisation offers.
members-count = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}
members-filter-title = Filter organisations
filter-country = Country
filter-membership = Membership
filter-service = Assistance service
filter-clear = Clear filters
members-empty = No organisation matches these filters. Choose fewer filters or clear them to see the whole network.
membership-member = Member
membership-associate = Associate member
membership-partner = Partner organisation
membership-secretariat = Secretariat of the network
founding-member = Founding member
member-location = Location
member-website = Website
member-languages = Languages
member-services = Assistance services
member-no-services = This organisation does not provide direct assistance; it works on policy and cooperation in the network.
member-hotlines = Hotlines
member-help-in-country = Help in { $country }
member-back = All organisations

service-shelter = Safe housing and shelter
service-material_aid = Humanitarian and material aid
service-medical_care = Medical care
service-psychosocial_counselling = Psychosocial counselling and psychotherapy
service-legal_assistance = Legal advice and representation
service-accompaniment = Accompaniment to authorities, police and court
service-residence_and_labour_law = Residence and labour law interventions
service-interpretation = Interpretation and cultural mediation
service-transport = Transport
service-education_and_employment = Education, vocational training and job search
service-family_counselling = Family counselling
service-return_and_reintegration = Voluntary return and reintegration
service-missing_persons_search = Search for missing persons
service-migrant_consultation = Consultation for migrants in their languages

help-title = Find help
help-intro = Choose a country to see the hotlines and organisations of the network there. If you are in danger now, call 112 or the local police.
help-countries-title = Countries
help-country-title = Help in { $country }
help-hotline-count = { $count ->
    [0] no hotline listed
    [one] one hotline
   *[other] { $count } hotlines
}
help-hotlines-title = Hotlines
help-organisations-title = Organisations of the network in { $country }
help-all-countries = All countries
help-ask-abroad = Going abroad? Look up the country you are going to as well, and write its numbers down before you leave.
hotline-always = 24 hours
hotline-free = Free of charge
hotline-charged = Normal call charges
hotline-languages = Languages
hotline-hours = Hours
hotline-run-by = Run by { $organisation }
hotline-verified = Last verified: { $date }
hotline-call = Call { $number }
hours-always = Every day, 24 hours
hours-weekdays_daytime = Weekdays in the daytime; hours vary by day
hours-office_hours = Office hours
hours-not_published = Hours not published: call to ask
purpose-national_hotline = National hotline
purpose-calls_from_abroad = Number for calls from abroad
purpose-short_number = Short number from mobile phones
purpose-sos_line = SOS hotline
purpose-counselling_centre = Counselling centre
purpose-office = Office (no hotline of its own)
error-unknown-member-text = The network has no organisation at this address. See the list of all organisations.
country-info-link = What to know about { $country }
meta-description-help = Hotlines and organisations that help people at risk of trafficking and exploitation, country by country, with 112 where it answers.
meta-description-help-country = Whom to call in { $country } if you or someone you know is exploited or at risk: hotlines, organisations and emergency numbers.
meta-description-members = The member organisations of the network against trafficking in human beings, by country, kind of membership and assistance service.
meta-description-member = { $organisation }, an organisation of the network in { $country }: its assistance services, languages and hotlines.
first-call-title = Call now
first-call-hotline = { $purpose }, { $organisation }
first-call-national-line = National anti-trafficking line (not run by the network)
help-no-member-hotline = The network has no hotline of its own in { $country }. Call the numbers above, write to us, or contact the organisations below.
help-home-lines-title = From another country? Call your home country's member
help-home-lines-text = The network's members also help their country's people abroad. Numbers that start with + can be dialled from any country.
member-no-hotline-call = This organisation lists no hotline of its own. In { $country } you can call:
error-query-country = This is not a country we know. Choose one from the list.
error-query-membership = This is not a kind of membership we know. Choose one from the list.
error-query-service = This is not an assistance service we know. Choose one from the list.

organisations-title = Organisations
organisations-create-title = Add an organisation
organisations-country-code = Country (ISO code, e.g. MD)
organisations-city = City
organisations-create-submit = Add organisation
organisation-invalid = Check the name, the country code, the membership and the website (an https:// address).
organisation-exists = An organisation with this name exists already.
organisation-created = The organisation was added to the directory.
organisations-name = Name
organisation-form-invalid = Some values are not valid; see the messages next to the fields. Nothing was saved.
organisation-edit-title = Directory entry
organisation-public-page = See the public page
organisation-profile-title = Profile and services
organisation-time-zone = Time zone (staff screens show times on this clock)
organisation-save-profile = Save the profile
organisation-hotlines-title = Hotlines
organisation-saved = The change was saved; the public directory shows it.
organisation-stale = Someone else saved a change to this entry after you opened it, so nothing of yours was saved. The page now shows their change, and the form keeps what you typed: save again to replace it.
organisation-error-name = Enter a name of 2 to 150 characters, with letters or digits.
organisation-error-city = Enter at most 100 characters.
organisation-error-website = Enter an address that starts with https://.
hotline-number = Number
hotline-purpose = What the line is for
hotline-last-verified = Last verified
hotline-add-title = Add a hotline
hotline-save = Save the hotline
hotline-add = Add the hotline
hotline-remove = Remove this hotline
hotline-error-number = Enter a phone number: digits and spaces, with + before an international number.
hotline-error-number-taken = This organisation lists this number already.
hotline-error-verified = Enter a date.
hotline-error-verified-future = The last verification cannot be later than today.
