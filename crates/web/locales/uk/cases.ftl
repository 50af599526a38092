## Case files: the labels of a case's codes (HTCDS 2.0 where it has a list); Ukrainian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

# HTCDS prs_Gender
gender-Feminine = Жіноча
gender-Masculine = Чоловіча
gender-TransgenderFeminine = Трансгендерна жінка
gender-TransgenderMasculine = Трансгендерний чоловік
gender-NonConforming = Гендерно неконформна особа
gender-NonSpecifiedUnknown = Не зазначено або невідомо

# HTCDS vic_TraffickingStatus
trafficking-status-PossibleVictimOfTrafficking = Особа, яка, можливо, постраждала від торгівлі людьми
trafficking-status-ActualVictimOfTrafficking = Особа, якій встановлено статус постраждалої від торгівлі людьми
trafficking-status-NotAVictimOfTrafficking = Не є особою, яка постраждала від торгівлі людьми

# HTCDS vic_TraffickingStatusDecisionMakingOrg
identified-by-Police = Поліція
identified-by-NGO = Громадська організація
identified-by-CourtOrProsecution = Суд або прокуратура
identified-by-NonPoliceGovernmentalOrganization = Державний орган, крім поліції
identified-by-Other = Інше

# HTCDS vic_MethodOfRecruitment
recruitment-AtAPlaceOfBusiness = У закладі або на підприємстві
recruitment-AtAnEducationalInstitution = У школі або іншому навчальному закладі
recruitment-AtWork = На роботі
recruitment-ThroughOnlineSocialNetworks = Через соціальні мережі
recruitment-ThroughAnOnlineAdvertisement = Через оголошення в інтернеті
recruitment-ThroughATelevisionAdvert = Через рекламу на телебаченні
recruitment-ThroughANewspaperAdvert = Через оголошення в газеті
recruitment-ThroughFamilyOrFamilyEvents = Через родину або на родинних заходах
recruitment-ThroughFriendsOrSocialEvents = Через друзів або на громадських заходах
recruitment-Other = Інше

# HTCDS vic_MethodsOfControl
control-PhysicalThreats = Погрози насильством
control-ThreatsLawEnforcement = Погрози повідомити поліцію чи органи влади
control-ThreatensChildrenFamily = Погрози дітям або родині
control-DebtBondage = Боргова кабала
control-FalsePromises = Неправдиві обіцянки
control-PhysicalAbuse = Фізичне насильство
control-SexualAbuse = Сексуальне насильство
control-TakesEarnings = Привласнення заробітку
control-RestrictsFinancialAccess = Обмеження доступу до грошей
control-RestrictsMedicalCare = Обмеження доступу до медичної допомоги
control-WithholdsNecessities = Позбавлення їжі, сну чи інших життєво необхідних речей
control-PsychologicalAbuse = Психологічне насильство
control-PsychoactiveSubstance = Алкоголь або наркотики як засіб контролю
control-ExcessiveWorkingHours = Надмірно довгий робочий день
control-WithholdsDocuments = Вилучення посвідчення особи чи проїзних документів
control-Other = Інше

# HTCDS vic_TypeOfSexExploitation
sex-exploitation-Prostitution = Експлуатація проституції
sex-exploitation-Pornography = Експлуатація в порнографії
sex-exploitation-RemoteInteractiveServices = Дистанційні інтерактивні сексуальні послуги (вебкамера, онлайн)
sex-exploitation-PrivateSexualServices = Приватні сексуальні послуги

# HTCDS vic_ForcedLabourIndustry: ISIC rev. 4 sections
industry-A_AgricultureForestryAndFishing = A. Сільське, лісове та рибне господарство
industry-B_MiningAndQuarrying = B. Добувна промисловість і розроблення кар'єрів
industry-C_Manufacturing = C. Переробна промисловість
industry-D_ElectricityGasSteamAndAirConditioningSupply = D. Постачання електроенергії, газу, пари та кондиційованого повітря
industry-E_WaterSupplySewerageWasteManagement = E. Водопостачання; каналізація, поводження з відходами
industry-F_Construction = F. Будівництво
industry-G_WholesaleAndRetailTradeRepairOfMotorVehicles = G. Оптова та роздрібна торгівля; ремонт автотранспортних засобів і мотоциклів
industry-H_TransportationAndStorage = H. Транспорт, складське господарство
industry-I_AccommodationAndFoodServiceActivities = I. Тимчасове розміщування й організація харчування
industry-J_InformationAndCommunication = J. Інформація та телекомунікації
industry-K_FinancialAndInsuranceActivities = K. Фінансова та страхова діяльність
industry-L_RealEstateActivities = L. Операції з нерухомим майном
industry-M_ProfessionalScientificAndTechnicalActivities = M. Професійна, наукова та технічна діяльність
industry-N_AdministrativeAndSupportServiceActivities = N. Діяльність у сфері адміністративного та допоміжного обслуговування
industry-O_PublicAdministrationAndDefence = O. Державне управління й оборона; обов'язкове соціальне страхування
industry-P_Education = P. Освіта
industry-Q_HumanHealthAndSocialWorkActivities = Q. Охорона здоров'я та надання соціальної допомоги
industry-R_ArtsEntertainmentAndRecreation = R. Мистецтво, спорт, розваги та відпочинок
industry-S_OtherServiceActivities = S. Надання інших видів послуг
industry-T_ActivitiesOfHouseholdsAsEmployers = T. Діяльність домашніх господарств як роботодавців, зокрема домашня праця
industry-U_ActivitiesOfExtraterritorialOrganizations = U. Діяльність екстериторіальних організацій і органів

# HTCDS vic_Vulnerabilities
vulnerability-Addiction = Залежність
vulnerability-SocialGroup = Належність до маргіналізованої соціальної групи
vulnerability-Discrimination = Дискримінація
vulnerability-Poverty = Бідність
vulnerability-DisabilityAndPhysicalHealth = Інвалідність або проблеми з фізичним здоров'ям
vulnerability-MentalHealth = Проблеми з психічним здоров'ям
vulnerability-Migration = Міграція
vulnerability-Homelessness = Відсутність житла
vulnerability-AbuseSocialMedia = Насильство через соціальні мережі
vulnerability-AbusePhysical = Фізичне насильство
vulnerability-Education = Обмежений доступ до освіти
vulnerability-WorkEnvironment = Нестабільні умови праці

# HTCDS cas_Status
case-status-Active = Активна
case-status-FollowUp = Подальший супровід
case-status-Closed = Закрита
case-status-ClosedReferred = Закрита після перенаправлення

# HTCDS hte_Type
event-kind-Recruitment = Вербування
event-kind-Transit = Транзит
event-kind-Exploitation = Експлуатація

# HTCDS spl_Type
support-plan-Education = Освіта
support-plan-Financial = Фінансова підтримка
support-plan-Health = Здоров'я
support-plan-LabourExploitationRehabilitation = Відновлення після трудової експлуатації
support-plan-Legal = Правова підтримка
support-plan-Livelihood = Засоби до існування
support-plan-RightsBasedTraining = Навчання з прав людини
support-plan-SexualExploitationRehabilitation = Відновлення після сексуальної експлуатації
support-plan-SocialCare = Соціальна допомога

# CTDC's age bands
age-band-0-8 = 0–8 років
age-band-9-17 = 9–17 років
age-band-18-20 = 18–20 років
age-band-21-23 = 21–23 роки
age-band-24-26 = 24–26 років
age-band-27-29 = 27–29 років
age-band-30-38 = 30–38 років
age-band-39-47 = 39–47 років
age-band-48plus = 48 років і старше

# The phases of the TRM-EU guidelines
case-phase-identification = Ідентифікація
case-phase-first_assistance_and_protection = Первинна допомога та захист
case-phase-long_term_assistance_and_social_inclusion = Довгострокова допомога та соціальна інтеграція
case-phase-return_and_social_inclusion = Повернення та соціальна інтеграція
case-phase-criminal_and_civil_proceedings = Кримінальне та цивільне провадження

# The services of a care plan
care-service-shelter = Безпечне житло й притулок
care-service-medical_care = Медична допомога
care-service-psychosocial_support = Психосоціальна підтримка
care-service-legal_advice_and_representation = Юридичні консультації та представництво
care-service-accompaniment_to_authorities = Супровід до органів влади, поліції та суду
care-service-interpretation = Усний переклад і культурне посередництво
care-service-education_and_vocational_training = Освіта й професійне навчання
care-service-material_aid = Гуманітарна й матеріальна допомога
care-service-return_and_reintegration = Добровільне повернення й реінтеграція
care-service-transport = Транспорт
care-service-family_counselling = Сімейне консультування
care-service-residence_and_labour_law_interventions = Допомога в питаннях легального перебування та трудових прав
care-service-missing_persons_search = Пошук зниклих людей
care-service-migrant_consultation = Консультації для мігрантів їхніми мовами

care-service-state-planned = Заплановано
care-service-state-delivered = Надано
care-service-state-cancelled = Скасовано

# Consent
consent-purpose-processing = Обробка персональних даних для надання допомоги
consent-purpose-referral = Перенаправлення до іншої організації
consent-purpose-authorities = Передача відомостей органам влади
consent-purpose-statistics = Використання в знеособленій статистиці
consent-purpose-tracing = Пошук членів родини

consent-method-written = Письмово
consent-method-oral_witnessed = Усно, у присутності свідка
consent-method-electronic = В електронній формі

consent-given-by-person = Сама особа
consent-given-by-guardian = Опікун або законний представник

consent-state-requested = Запитано
consent-state-given = Надано
consent-state-refused = Відмовлено
consent-state-withdrawn = Відкликано
consent-state-expired = Строк дії минув

approval-pending = Очікує затвердження
approval-approved = Затверджено
approval-rejected = Відхилено

case-timeline-opened = Справу відкрито
case-timeline-status_changed = Статус змінено
case-timeline-phase_changed = Етап змінено
case-timeline-lead_changed = Відповідального працівника змінено
case-timeline-details_changed = Відомості змінено
case-timeline-glass_broken = Відкрито працівником, не призначеним на справу (екстрений доступ)

case-document-type-passport = Паспорт
case-document-type-national_id = Посвідчення особи
case-document-type-residence_permit = Посвідка на проживання
case-document-type-birth_certificate = Свідоцтво про народження
case-document-type-other = Інший документ
case-error-lead = Оберіть працівника вашої організації, який веде справи.
case-error-not-on-opening = Нова справа відкривається активною, на етапі ідентифікації: статус і етап змінюються згодом.

# Екрани справ
staff-nav-cases = Справи
staff-task-cases = Відкрийте справу людини, якій ви допомагаєте, стежте за її статусом і етапом та знаходьте свої справи.
cases-title = Справи
cases-new = Відкрити справу
cases-new-title = Нова справа
cases-new-hint = Лише коди: тут ніщо не називає людину. Інші списки можуть зачекати, доки ви не дізнаєтеся більше.
cases-case-title = Справа
cases-code = Код справи
cases-opened-from = Відкрито з
cases-opened-until = Відкрито по
cases-opened-on = Дата відкриття
cases-total = { $count ->
    [one] { $count } справа
    [few] { $count } справи
    [many] { $count } справ
   *[other] { $count } справи
}
cases-empty = Жодна справа не відповідає цим фільтрам. Відкрийте справу кнопкою «Відкрити справу».
cases-filter-invalid = Цей фільтр не розпізнано: { $field }.
cases-filter-page = Сторінка
cases-more = Що ще відомо (форми сексуальної експлуатації, галузі, методи контролю та вербування, вразливості)
cases-open-case = Відкрити справу
cases-save = Зберегти справу
cases-saved = Справу збережено.
cases-invalid = Деякі значення недійсні; див. повідомлення біля полів.
cases-stale = Хтось змінив цю справу, поки ви її редагували. Введені вами дані збережено нижче: звірте їх зі змінами й збережіть знову.
cases-changed-meanwhile = Що зараз записано у справі
cases-timeline = Хронологія
cases-when-in = Коли (час у { $zone })
cases-what = Що сталося
cases-who = Хто
cases-glass-breaks = Відкрито працівниками, не призначеними на справу
cases-glass-none = Жоден працівник поза справою її не відкривав.
cases-edit = Змінити справу
cases-open-title = Відкрити справу за кодом
cases-open-explained = Ви можете на 12 годин відкрити справу своєї організації, на яку вас не призначено, якщо вона потрібна вам зараз. Вкажіть її код і причину: провідний працівник справи та ваші адміністратори побачать і те, і інше.
cases-open-reason = Причина
cases-open-reason-length = Вкажіть причину довжиною від 10 до 500 символів.
cases-open-no-such-case = У вашій організації немає такої справи.
cases-open-submit = Відкрити справу на 12 годин
case-field-lead_worker = Провідний працівник
case-field-status = Статус
case-field-phase = Етап
case-field-gender = Стать
case-field-age_band = Вік на момент виявлення
case-field-citizenship = Громадянство
case-field-residence = Країна проживання
case-field-trafficking_status = Статус щодо торгівлі людьми
case-field-identified_by = Ким виявлено
case-field-exploitation_types = Форми експлуатації
case-field-sex_exploitation_types = Форми сексуальної експлуатації
case-field-forced_labour_industries = Галузі примусової праці
case-field-methods_of_control = Методи контролю
case-field-methods_of_recruitment = Методи вербування
case-field-vulnerabilities = Вразливості
case-timeline-identity_changed = Особу змінено
