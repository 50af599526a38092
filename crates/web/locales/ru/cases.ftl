## Case files: the labels of a case's codes (HTCDS 2.0 where it has a list); Russian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

# HTCDS prs_Gender
gender-Feminine = Женский
gender-Masculine = Мужской
gender-TransgenderFeminine = Трансгендерная женщина
gender-TransgenderMasculine = Трансгендерный мужчина
gender-NonConforming = Гендерно неконформный человек
gender-NonSpecifiedUnknown = Не указан или неизвестен

# HTCDS vic_TraffickingStatus
trafficking-status-PossibleVictimOfTrafficking = Возможная жертва торговли людьми
trafficking-status-ActualVictimOfTrafficking = Идентифицированная жертва торговли людьми
trafficking-status-NotAVictimOfTrafficking = Не является жертвой торговли людьми

# HTCDS vic_TraffickingStatusDecisionMakingOrg
identified-by-Police = Полиция
identified-by-NGO = Неправительственная организация
identified-by-CourtOrProsecution = Суд или прокуратура
identified-by-NonPoliceGovernmentalOrganization = Государственный орган, кроме полиции
identified-by-Other = Другое

# HTCDS vic_MethodOfRecruitment
recruitment-AtAPlaceOfBusiness = В заведении или на предприятии
recruitment-AtAnEducationalInstitution = В школе или другом учебном заведении
recruitment-AtWork = На работе
recruitment-ThroughOnlineSocialNetworks = Через социальные сети
recruitment-ThroughAnOnlineAdvertisement = Через объявление в интернете
recruitment-ThroughATelevisionAdvert = Через рекламу на телевидении
recruitment-ThroughANewspaperAdvert = Через объявление в газете
recruitment-ThroughFamilyOrFamilyEvents = Через семью или на семейных мероприятиях
recruitment-ThroughFriendsOrSocialEvents = Через друзей или на общественных мероприятиях
recruitment-Other = Другое

# HTCDS vic_MethodsOfControl
control-PhysicalThreats = Угрозы насилием
control-ThreatsLawEnforcement = Угрозы сообщить в полицию или органы власти
control-ThreatensChildrenFamily = Угрозы детям или семье
control-DebtBondage = Долговая кабала
control-FalsePromises = Ложные обещания
control-PhysicalAbuse = Физическое насилие
control-SexualAbuse = Сексуальное насилие
control-TakesEarnings = Изъятие заработка
control-RestrictsFinancialAccess = Ограничение доступа к деньгам
control-RestrictsMedicalCare = Ограничение доступа к медицинской помощи
control-WithholdsNecessities = Лишение еды, сна или других жизненно необходимых вещей
control-PsychologicalAbuse = Психологическое насилие
control-PsychoactiveSubstance = Алкоголь или наркотики как средство контроля
control-ExcessiveWorkingHours = Чрезмерно долгий рабочий день
control-WithholdsDocuments = Изъятие удостоверения личности или проездных документов
control-Other = Другое

# HTCDS vic_TypeOfSexExploitation
sex-exploitation-Prostitution = Эксплуатация проституции
sex-exploitation-Pornography = Эксплуатация в порнографии
sex-exploitation-RemoteInteractiveServices = Дистанционные интерактивные сексуальные услуги (веб-камера, онлайн)
sex-exploitation-PrivateSexualServices = Частные сексуальные услуги

# HTCDS vic_ForcedLabourIndustry: ISIC rev. 4 sections
industry-A_AgricultureForestryAndFishing = A. Сельское, лесное и рыбное хозяйство
industry-B_MiningAndQuarrying = B. Добыча полезных ископаемых
industry-C_Manufacturing = C. Обрабатывающая промышленность
industry-D_ElectricityGasSteamAndAirConditioningSupply = D. Снабжение электроэнергией, газом, паром и кондиционированным воздухом
industry-E_WaterSupplySewerageWasteManagement = E. Водоснабжение; водоотведение, сбор и утилизация отходов, ликвидация загрязнений
industry-F_Construction = F. Строительство
industry-G_WholesaleAndRetailTradeRepairOfMotorVehicles = G. Оптовая и розничная торговля; ремонт автотранспортных средств и мотоциклов
industry-H_TransportationAndStorage = H. Транспортировка и хранение
industry-I_AccommodationAndFoodServiceActivities = I. Гостиничный бизнес и общественное питание
industry-J_InformationAndCommunication = J. Информация и связь
industry-K_FinancialAndInsuranceActivities = K. Финансовая и страховая деятельность
industry-L_RealEstateActivities = L. Операции с недвижимым имуществом
industry-M_ProfessionalScientificAndTechnicalActivities = M. Профессиональная, научная и техническая деятельность
industry-N_AdministrativeAndSupportServiceActivities = N. Административная и вспомогательная деятельность
industry-O_PublicAdministrationAndDefence = O. Государственное управление и оборона; обязательное социальное обеспечение
industry-P_Education = P. Образование
industry-Q_HumanHealthAndSocialWorkActivities = Q. Здравоохранение и социальные услуги
industry-R_ArtsEntertainmentAndRecreation = R. Искусство, развлечения и отдых
industry-S_OtherServiceActivities = S. Прочие услуги
industry-T_ActivitiesOfHouseholdsAsEmployers = T. Деятельность домашних хозяйств как работодателей, включая домашний труд
industry-U_ActivitiesOfExtraterritorialOrganizations = U. Деятельность экстерриториальных организаций и органов

# HTCDS vic_Vulnerabilities
vulnerability-Addiction = Зависимость
vulnerability-SocialGroup = Принадлежность к маргинализированной социальной группе
vulnerability-Discrimination = Дискриминация
vulnerability-Poverty = Бедность
vulnerability-DisabilityAndPhysicalHealth = Инвалидность или проблемы с физическим здоровьем
vulnerability-MentalHealth = Проблемы с психическим здоровьем
vulnerability-Migration = Миграция
vulnerability-Homelessness = Отсутствие жилья
vulnerability-AbuseSocialMedia = Насилие через социальные сети
vulnerability-AbusePhysical = Физическое насилие
vulnerability-Education = Ограниченный доступ к образованию
vulnerability-WorkEnvironment = Нестабильные условия труда

# HTCDS cas_Status
case-status-Active = Активное
case-status-FollowUp = Последующее сопровождение
case-status-Closed = Закрыто
case-status-ClosedReferred = Закрыто после перенаправления

# HTCDS hte_Type
event-kind-Recruitment = Вербовка
event-kind-Transit = Транзит
event-kind-Exploitation = Эксплуатация

# HTCDS spl_Type
support-plan-Education = Образование
support-plan-Financial = Финансовая поддержка
support-plan-Health = Здоровье
support-plan-LabourExploitationRehabilitation = Восстановление после трудовой эксплуатации
support-plan-Legal = Правовая поддержка
support-plan-Livelihood = Источники средств к существованию
support-plan-RightsBasedTraining = Обучение правам человека
support-plan-SexualExploitationRehabilitation = Восстановление после сексуальной эксплуатации
support-plan-SocialCare = Социальная помощь

# CTDC's age bands
age-band-0-8 = 0–8 лет
age-band-9-17 = 9–17 лет
age-band-18-20 = 18–20 лет
age-band-21-23 = 21–23 года
age-band-24-26 = 24–26 лет
age-band-27-29 = 27–29 лет
age-band-30-38 = 30–38 лет
age-band-39-47 = 39–47 лет
age-band-48plus = 48 лет и старше

# The phases of the TRM-EU guidelines
case-phase-identification = Идентификация
case-phase-first_assistance_and_protection = Первичная помощь и защита
case-phase-long_term_assistance_and_social_inclusion = Долгосрочная помощь и социальная интеграция
case-phase-return_and_social_inclusion = Возвращение и социальная интеграция
case-phase-criminal_and_civil_proceedings = Уголовное и гражданское судопроизводство

# The services of a care plan
care-service-shelter = Безопасное жильё и приют
care-service-medical_care = Медицинская помощь
care-service-psychosocial_support = Психосоциальная поддержка
care-service-legal_advice_and_representation = Юридические консультации и представительство
care-service-accompaniment_to_authorities = Сопровождение в органы власти, полицию и суд
care-service-interpretation = Устный перевод и культурное посредничество
care-service-education_and_vocational_training = Образование и профессиональное обучение
care-service-material_aid = Гуманитарная и материальная помощь
care-service-return_and_reintegration = Добровольное возвращение и реинтеграция
care-service-transport = Транспорт
care-service-family_counselling = Семейное консультирование
care-service-residence_and_labour_law_interventions = Помощь в вопросах легального пребывания и трудовых прав
care-service-missing_persons_search = Поиск пропавших людей
care-service-migrant_consultation = Консультации для мигрантов на их языках

care-service-state-planned = Запланирована
care-service-state-delivered = Оказана
care-service-state-cancelled = Отменена

# Consent
consent-purpose-processing = Обработка персональных данных для оказания помощи
consent-purpose-referral = Перенаправление в другую организацию
consent-purpose-authorities = Передача сведений органам власти
consent-purpose-statistics = Использование в обезличенной статистике
consent-purpose-tracing = Поиск членов семьи

consent-method-written = Письменно
consent-method-oral_witnessed = Устно, в присутствии свидетеля
consent-method-electronic = В электронной форме

consent-given-by-person = Сам человек
consent-given-by-guardian = Опекун или законный представитель

consent-state-requested = Запрошено
consent-state-given = Дано
consent-state-refused = Отказано
consent-state-withdrawn = Отозвано
consent-state-expired = Истёк срок

approval-pending = Ожидает утверждения
approval-approved = Утверждено
approval-rejected = Отклонено

case-timeline-opened = Дело открыто
case-timeline-status_changed = Статус изменён
case-timeline-phase_changed = Этап изменён
case-timeline-lead_changed = Ответственный сотрудник изменён
case-timeline-details_changed = Сведения изменены
case-timeline-glass_broken = Открыто сотрудником, не назначенным на дело (экстренный доступ)

case-document-type-passport = Паспорт
case-document-type-national_id = Удостоверение личности
case-document-type-residence_permit = Вид на жительство
case-document-type-birth_certificate = Свидетельство о рождении
case-document-type-other = Другой документ
case-error-lead = Выберите сотрудника вашей организации, который ведёт дела.
case-error-not-on-opening = Новое дело открывается активным, на этапе идентификации: статус и этап меняются позже.

# Экраны дел
staff-nav-cases = Дела
staff-task-cases = Откройте дело человека, которому вы помогаете, следите за его статусом и этапом и находите свои дела.
cases-title = Дела
cases-new = Открыть дело
cases-new-title = Новое дело
cases-new-hint = Только коды: здесь ничто не называет человека. Остальные списки могут подождать, пока вы не узнаете больше.
cases-case-title = Дело
cases-code = Код дела
cases-opened-from = Открыто с
cases-opened-until = Открыто по
cases-opened-on = Дата открытия
cases-total = { $count ->
    [one] { $count } дело
    [few] { $count } дела
    [many] { $count } дел
   *[other] { $count } дела
}
cases-empty = Ни одно дело не подходит под эти фильтры. Откройте дело кнопкой «Открыть дело».
cases-filter-invalid = Этот фильтр не распознан: { $field }.
cases-filter-page = Страница
cases-more = Что ещё известно (формы сексуальной эксплуатации, отрасли, методы контроля и вербовки, уязвимости)
cases-open-case = Открыть дело
cases-save = Сохранить дело
cases-saved = Дело сохранено.
cases-invalid = Некоторые значения недопустимы; см. сообщения рядом с полями.
cases-stale = Кто-то изменил это дело, пока вы его редактировали. Введённые вами данные сохранены ниже: сверьте их с изменениями и сохраните снова.
cases-changed-meanwhile = Что сейчас записано в деле
cases-timeline = Хронология
cases-when-in = Когда (время в { $zone })
cases-what = Что произошло
cases-who = Кто
cases-glass-breaks = Открыто сотрудниками, не назначенными на дело
cases-glass-none = Ни один сотрудник вне дела его не открывал.
cases-edit = Изменить дело
cases-open-title = Открыть дело по коду
cases-open-explained = Вы можете на 12 часов открыть дело своей организации, на которое вы не назначены, если оно нужно вам сейчас. Укажите его код и причину: ведущий сотрудник дела и ваши администраторы увидят и то, и другое.
cases-open-reason = Причина
cases-open-reason-length = Укажите причину длиной от 10 до 500 символов.
cases-open-no-such-case = В вашей организации нет такого дела.
cases-open-submit = Открыть дело на 12 часов
case-field-lead_worker = Ведущий сотрудник
case-field-status = Статус
case-field-phase = Этап
case-field-gender = Пол
case-field-age_band = Возраст при выявлении
case-field-citizenship = Гражданство
case-field-residence = Страна проживания
case-field-trafficking_status = Статус в отношении торговли людьми
case-field-identified_by = Кем выявлен
case-field-exploitation_types = Формы эксплуатации
case-field-sex_exploitation_types = Формы сексуальной эксплуатации
case-field-forced_labour_industries = Отрасли принудительного труда
case-field-methods_of_control = Методы контроля
case-field-methods_of_recruitment = Методы вербовки
case-field-vulnerabilities = Уязвимости
case-timeline-identity_changed = Личность изменена
