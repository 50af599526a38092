## Strada's public site, English. Every key here must exist in every language (a test checks).
## Keep messages as whole sentences: translators need them whole.

site-name = Strada
site-tagline = European network against trafficking in human beings
skip-to-content = Skip to content
quick-exit = Quick exit
quick-exit-hint = Leaves this site at once for a weather page. With JavaScript, the Escape key does the same.
nav-label = Main
nav-home = Home
nav-members = Members
nav-help = Find help
nav-about = About us
nav-safety = Cover your tracks
language-switcher-label = Language
footer-text = Strada is the platform of a European network of non-governmental organisations against trafficking in human beings.
footer-privacy = This site sets no cookies and loads nothing from other sites.
demo-notice = Demo data: the organisations' details and phone numbers shown here are examples gathered from public pages and may be out of date. Verify before use.
emergency-112 = In an emergency, call 112: it is free and works from any phone.

home-title = Help against trafficking in human beings, across Europe
home-intro = { $members } member organisations and { $associates } associate members in { $countries } countries work together so that people can migrate, work and live abroad safely, and so that those who are exploited get help, wherever they are.
home-find-help-title = Find help
home-find-help-text = Choose the country you are in, or the country you are going to, to see whom you can call and which organisations can help.
home-find-help-country = Country
home-find-help-submit = Show help
home-pillars-title = What the network does
pillar-advocacy-title = Advocacy
pillar-advocacy-text = We monitor national laws, action plans and international conventions, and we bring the experience of the people we assist to the policies that concern them.
pillar-training-title = Training and education
pillar-training-text = We prepare materials for people at risk and for professionals, run trainings and seminars, and answer questions about jobs abroad on our helplines.
pillar-assistance-title = Assistance and support
pillar-assistance-text = Our members offer care programmes, shelter, legal and psychological help, anonymous consultation and safe return, through local, national and international networks of services.
home-members-link = See all the network's organisations

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
filter-any = All
filter-apply = Apply filters
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
member-no-hotlines = This organisation lists no hotline in the directory. See the help page for its country.
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
help-no-hotline = The network lists no hotline in { $country }. Contact the organisations below, or call 112 in an emergency.
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

about-title = About the network
about-intro = The network brings together non-governmental organisations across Europe that prevent trafficking in human beings and protect the rights of the people it harms. Each member works in its own country; together they follow people across borders.
about-advocacy-title = Advocacy
about-advocacy-text = Members watch how their countries write and apply the law on trafficking and on the rights of migrant workers, follow national action plans and international conventions, and take part in shaping national policies, with the voice of the people they assist.
about-training-title = Training and education
about-training-text = The network prepares materials for groups at risk and for professionals such as police, social workers, labour inspectors and judges, runs trainings and seminars, and keeps helplines where people can ask about a job, a study place or a marriage abroad before they go.
about-assistance-title = Assistance and support
about-assistance-text = Members run care programmes for people who were trafficked or exploited: shelter, medical and psychological care, legal help, anonymous consultation, and safe return through international networks, with local and national networks of services around them.
about-hotlines-title = Hotlines
about-hotlines-text = Many members run hotlines, often around the clock and sometimes free of charge. Consultants give information about the destination country, refer callers to services, search for missing persons and answer in several languages.
about-network-title = How the network works
about-network-text = Full members and associate members share the network's principles; a partner organisation works with it on migrants' rights; the secretariat coordinates the network, its common positions and its statistics, which never identify a person.

safety-title = Cover your tracks
safety-intro = If someone may check your phone or computer, these steps make it harder for them to see that you visited this site.
safety-quick-exit = The Quick exit button at the top of every page leaves this site at once for a weather page. With JavaScript on, the Escape key does the same and replaces this page in the browser's history.
safety-private = Use a private or incognito window: the browser then keeps no history, and this site never sets cookies.
safety-history = If you did not use a private window, delete this site from your browser's history. Delete only the entries for this site if deleting everything would raise suspicion.
safety-phone = Your phone keeps a list of calls. Free hotline numbers may not appear on a bill, but they stay in the call log until you delete them.
safety-device = If you think your phone or computer is being watched, use a device that someone you trust lends you, or one in a library.
safety-emergency = If you are in danger now, call 112 or the local police.

error-not-found-title = Page not found
error-not-found-text = There is no page at this address. It may have moved, or the address may be mistyped.
error-unknown-country-text = The network has no page for this country. Choose a country from the list of countries where the network can help.
error-unknown-member-text = The network has no organisation at this address. See the list of all organisations.
error-bad-request-title = This address is not valid
error-bad-request-text = Part of this address is not one we understand: { $detail }
error-back-home = Go to the home page

date-format = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

country-AT = Austria
country-BA = Bosnia and Herzegovina
country-BE = Belgium
country-BG = Bulgaria
country-BY = Belarus
country-CH = Switzerland
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-IE = Ireland
country-IT = Italy
country-MD = Moldova
country-MK = North Macedonia
country-NL = Netherlands
country-PL = Poland
country-RO = Romania
country-RS = Serbia
country-TR = Türkiye
country-UA = Ukraine

language-be = Belarusian
language-bg = Bulgarian
language-bs = Bosnian
language-ca = Catalan
language-cs = Czech
language-da = Danish
language-de = German
language-en = English
language-es = Spanish
language-fi = Finnish
language-fr = French
language-hr = Croatian
language-it = Italian
language-mk = Macedonian
language-nl = Dutch
language-pl = Polish
language-pt = Portuguese
language-ro = Romanian
language-ru = Russian
language-sq = Albanian
language-sr = Serbian
language-sv = Swedish
language-th = Thai
language-tr = Turkish
language-uk = Ukrainian
