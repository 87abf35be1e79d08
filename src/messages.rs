//! Every user-visible string of the interface, keyed by [`Msg`].
//!
//! Service data (names, documents, forms) carries its own seed wording; this table holds the
//! interface's words. Each message is declared once with its English text; a new language adds a
//! column to the table. `{name}` placeholders are filled by [`fill`].
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    /// The languages the switch offers: a language is listed once all its texts are written.
    pub const AVAILABLE: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 code, for the `lang` attribute and the embedding option.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The language's own name, as the switch shows it.
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::AVAILABLE.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

macro_rules! messages {
    ($($id:ident => ($en:expr, $ru:expr, $kk:expr),)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($id,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$id,)*];
        }

        fn english(msg: Msg) -> &'static str {
            match msg { $(Msg::$id => $en,)* }
        }

        fn russian(msg: Msg) -> &'static str {
            match msg { $(Msg::$id => $ru,)* }
        }

        fn kazakh(msg: Msg) -> &'static str {
            match msg { $(Msg::$id => $kk,)* }
        }
    };
}

messages! {
    AppTitle => ("KNB public services: the applicant's assistant", "Государственные услуги КНБ: помощник заявителя", "ҰҚК мемлекеттік көрсетілетін қызметтері: өтініш берушінің көмекшісі"),
    AppIntro => ("Find the service you need, fill in its forms, check your documents and see the fee and the decision date. Nothing you enter leaves this device.", "Найдите нужную услугу, заполните ее формы, проверьте документы и узнайте сбор и дату решения. Ничего из введенного не покидает это устройство.", "Қажетті қызметті тауып, оның нысандарын толтырыңыз, құжаттарды тексеріп, алым мен шешім күнін біліңіз. Енгізген деректеріңіз осы құрылғыдан шықпайды."),
    SkipToContent => ("Skip to main content", "Перейти к основному содержанию", "Негізгі мазмұнға өту"),
    ServicesHeading => ("All eight services", "Все восемь услуг", "Барлық сегіз қызмет"),
    Term => ("Term", "Срок", "Мерзім"),
    Fee => ("Fee", "Сбор", "Алым"),
    OnIssue => ("Issue", "Выдача", "Беру"),
    OnReissue => ("Reissue", "Переоформление", "Қайта ресімдеу"),
    WorkingDays => ("{n} working days", "{n} рабочих дней", "{n} жұмыс күні"),
    Mci => ("{n} MCI", "{n} МРП", "{n} АЕК"),
    FreeOfCharge => ("Free of charge", "Бесплатно", "Тегін"),
    ContactCentre => ("Unified Contact Center: {phone}", "Единый контакт-центр: {phone}", "Бірыңғай байланыс орталығы: {phone}"),
    Disclaimer => ("An unofficial assistant based on the Rules approved by KNB order No. 34/қе of 6 May 2020 (as amended). The official text prevails.", "Неофициальный помощник на основе Правил, утвержденных приказом КНБ № 34/қе от 6 мая 2020 года (с изменениями). Преимущество имеет официальный текст.", "ҰҚК-нің 2020 жылғы 6 мамырдағы № 34/қе бұйрығымен (өзгерістерімен) бекітілген Қағидалар негізіндегі бейресми көмекші. Ресми мәтіннің басымдығы бар."),
    FinderHeading => ("What do you want to do?", "Что вы хотите сделать?", "Не істегіңіз келеді?"),
    FinderIntro => ("Answer the question that fits, or search the services by name.", "Ответьте на подходящий вопрос или найдите услугу по названию.", "Сәйкес сұраққа жауап беріңіз немесе қызметті атауы бойынша іздеңіз."),
    SearchLabel => ("Search the services", "Поиск услуг", "Қызметтерді іздеу"),
    SearchNoResults => ("No service matches your search.", "Ни одна услуга не соответствует запросу.", "Сұрауға сәйкес қызмет жоқ."),
    SearchResults => ("{n} services match your search.", "Услуг, соответствующих запросу: {n}.", "Сұрауға сәйкес қызметтер саны: {n}."),
    StartApplication => ("Start or continue the application", "Начать или продолжить заявление", "Өтінішті бастау немесе жалғастыру"),
    BackToServices => ("All services", "Все услуги", "Барлық қызметтер"),
    WhatYouNeed => ("What you will need", "Что понадобится", "Не қажет болады"),
    FormsToFill => ("Forms to fill in", "Формы для заполнения", "Толтырылатын нысандар"),
    DocumentsToAttach => ("Documents", "Документы", "Құжаттар"),
    RefusalGroundsHeading => ("Grounds for refusal: check yourself", "Основания для отказа: проверьте себя", "Бас тарту негіздері: өзіңізді тексеріңіз"),
    AppealsHeading => ("If you disagree with the decision", "Если вы не согласны с решением", "Шешіммен келіспесеңіз"),
    TimelinePreview => ("Timeline", "Сроки и этапы", "Мерзімдер мен кезеңдер"),
    WhoMayApply => ("Who may apply", "Кто может обратиться", "Кім өтініш бере алады"),
    ResultHeading => ("What you receive", "Что вы получите", "Не аласыз"),
    OtherRequirements => ("Other requirements", "Иные требования", "Өзге талаптар"),
    ReissueWindow => ("Apply for a reissue within {n} calendar days of the change.", "Заявление о переоформлении подается в течение {n} календарных дней со дня изменения.", "Қайта ресімдеу туралы өтініш өзгеріс болған күннен бастап {n} күнтізбелік күн ішінде беріледі."),
    StepSetup => ("Your application", "Ваше заявление", "Сіздің өтінішіңіз"),
    StepDocuments => ("Documents", "Документы", "Құжаттар"),
    StepCheck => ("Check and finish", "Проверка и завершение", "Тексеру және аяқтау"),
    Steps => ("Steps", "Шаги", "Қадамдар"),
    ApplicantKindLegend => ("Who is applying?", "Кто обращается?", "Кім өтініш береді?"),
    LegalEntity => ("A legal entity (or its branch or representative office)", "Юридическое лицо (или его филиал либо представительство)", "Заңды тұлға (немесе оның филиалы не өкілдігі)"),
    Individual => ("An individual (including an individual entrepreneur)", "Физическое лицо (в том числе индивидуальный предприниматель)", "Жеке тұлға (оның ішінде жеке кәсіпкер)"),
    ActionLegend => ("What do you need?", "Что вам нужно?", "Сізге не қажет?"),
    ActionIssue => ("A new license", "Новая лицензия", "Жаңа лицензия"),
    ActionReissue => ("Reissue (renew) my license after a change", "Переоформление лицензии после изменения", "Өзгерістен кейін лицензияны қайта ресімдеу"),
    ChangeImpactHeading => ("Before you change this", "Прежде чем изменить", "Өзгертпес бұрын"),
    CarriedOver => ("These answers carry over", "Эти ответы сохраняются", "Бұл жауаптар сақталады"),
    NoLongerApply => ("These answers no longer apply (they are kept, but left out of the application)", "Эти ответы больше не применяются (они сохранены, но не войдут в заявление)", "Бұл жауаптар енді қолданылмайды (олар сақталған, бірақ өтінішке кірмейді)"),
    NewQuestions => ("New questions", "Новые вопросы", "Жаңа сұрақтар"),
    NewDocuments => ("New documents", "Новые документы", "Жаңа құжаттар"),
    AttachmentsNoLongerApply => ("These attachments no longer apply (kept, not submitted)", "Эти вложения больше не применяются (сохранены, не подаются)", "Бұл тіркемелер енді қолданылмайды (сақталған, берілмейді)"),
    ApplyChange => ("Apply the change", "Применить изменение", "Өзгерісті қолдану"),
    KeepCurrent => ("Keep my current choice", "Оставить текущий выбор", "Қазіргі таңдауды қалдыру"),
    Continue => ("Continue", "Далее", "Әрі қарай"),
    Back => ("Back", "Назад", "Артқа"),
    Optional => ("(optional)", "(необязательно)", "(міндетті емес)"),
    ErrorPrefix => ("Error:", "Ошибка:", "Қате:"),
    ErrorSummaryTitle => ("There is a problem", "Есть ошибки", "Қателер бар"),
    CheckThisForm => ("Check this form", "Проверить эту форму", "Осы нысанды тексеру"),
    FormIsComplete => ("This form is complete.", "Форма заполнена полностью.", "Нысан толық толтырылды."),
    AddRow => ("Add a row", "Добавить строку", "Жол қосу"),
    RemoveRow => ("Remove", "Удалить", "Жою"),
    DuplicateRow => ("Duplicate", "Дублировать", "Көшірмесін жасау"),
    MoveUp => ("Move up", "Выше", "Жоғары"),
    MoveDown => ("Move down", "Ниже", "Төмен"),
    RowNumber => ("{label} {n}", "{label} {n}", "{label} {n}"),
    NoRowsYet => ("No rows yet.", "Строк пока нет.", "Әзірге жолдар жоқ."),
    PasteLabel => ("Paste rows copied from a spreadsheet (one row per line, columns in the order above)", "Вставьте строки, скопированные из электронной таблицы (одна строка — одна позиция, столбцы в порядке выше)", "Электрондық кестеден көшірілген жолдарды қойыңыз (бір жол — бір позиция, бағандар жоғарыдағы ретпен)"),
    PasteButton => ("Add pasted rows", "Добавить вставленные строки", "Қойылған жолдарды қосу"),
    PasteAdded => ("Line {line}: added.", "Строка {line}: добавлена.", "{line}-жол: қосылды."),
    PasteWrongCount => ("Line {line}: rejected, it has {found} cells but the table has {expected} columns.", "Строка {line}: отклонена, в ней {found} ячеек, а в таблице {expected} столбцов.", "{line}-жол: қабылданбады, онда {found} ұяшық бар, ал кестеде {expected} баған."),
    PasteInvalid => ("Line {line}: rejected, {problems}.", "Строка {line}: отклонена, {problems}.", "{line}-жол: қабылданбады, {problems}."),
    RowsCount => ("{n} rows", "Строк: {n}", "Жолдар: {n}"),
    DocumentsIntro => ("Attach each document the Rules require. Files stay in this browser: only their name, size and a SHA-256 digest are recorded.", "Приложите каждый документ, требуемый Правилами. Файлы остаются в этом браузере: записываются только имя, размер и хеш SHA-256.", "Қағидалар талап ететін әр құжатты тіркеңіз. Файлдар осы браузерде қалады: тек атауы, көлемі және SHA-256 хеші жазылады."),
    AttachFile => ("Attach a file for: {document}", "Приложить файл: {document}", "Файл тіркеу: {document}"),
    DropHere => ("or drop files here", "или перетащите файлы сюда", "немесе файлдарды осында сүйреп әкеліңіз"),
    RemoveFile => ("Remove {name}", "Удалить {name}", "{name} жою"),
    StateForm => ("Filled in this app", "Заполняется в этом приложении", "Осы қосымшада толтырылады"),
    StateAttached => ("Attached", "Приложен", "Тіркелді"),
    StateMissing => ("Missing", "Отсутствует", "Жоқ"),
    StateNotNeeded => ("Not needed", "Не требуется", "Қажет емес"),
    StateOptional => ("Optional", "Необязательно", "Міндетті емес"),
    StateOnRequest => ("Only if the provider asks for it", "Только по запросу услугодателя", "Тек көрсетілетін қызметті беруші сұраса"),
    PaidViaGateway => ("I paid (or will pay) through the e-government payment gateway", "Я оплатил(а) (или оплачу) через платежный шлюз «электронного правительства»", "Мен «электрондық үкіметтің» төлем шлюзі арқылы төледім (немесе төлеймін)"),
    InStateSystems => ("This information is already in state information systems", "Эти сведения уже есть в государственных информационных системах", "Бұл мәліметтер мемлекеттік ақпараттық жүйелерде бар"),
    EmptyFileRefused => ("{name} is empty and was not attached.", "Файл {name} пуст и не приложен.", "{name} файлы бос, тіркелмеді."),
    WrongTypeRefused => ("{name} is not accepted here: the Rules require a {types} file.", "Файл {name} здесь не принимается: Правила требуют файл {types}.", "{name} файлы мұнда қабылданбайды: Қағидалар {types} файлын талап етеді."),
    FileReadFailed => ("{name} could not be read.", "Не удалось прочитать файл {name}.", "{name} файлын оқу мүмкін болмады."),
    ReviewHeading => ("Check your answers", "Проверьте ответы", "Жауаптарды тексеріңіз"),
    Change => ("Change", "Изменить", "Өзгерту"),
    NotAnswered => ("Not answered", "Нет ответа", "Жауап жоқ"),
    VerdictReady => ("Ready: the package is complete and would pass the provider's completeness check.", "Готово: пакет документов полон и прошел бы проверку полноты у услугодателя.", "Дайын: құжаттар топтамасы толық және көрсетілетін қызметті берушінің толықтықты тексеруінен өтер еді."),
    VerdictNotReady => ("Not ready: the provider would return the application as incomplete for these reasons.", "Не готово: услугодатель вернул бы заявление как неполное по этим причинам.", "Дайын емес: көрсетілетін қызметті беруші өтінішті мына себептермен толық емес деп қайтарар еді."),
    RisksHeading => ("Before you submit", "Перед подачей", "Бермес бұрын"),
    RiskFeeNotPaid => ("The fee is not paid yet or its proof is not attached: an unpaid fee is a ground for refusal.", "Сбор еще не оплачен или подтверждение оплаты не приложено: неуплата сбора — основание для отказа.", "Алым әлі төленбеген немесе төлемді растау тіркелмеген: алымның төленбеуі — бас тарту негізі."),
    RiskMciUnknown => ("The MCI for {year} is not yet published, so the fee in tenge cannot be computed.", "МРП на {year} год еще не опубликован, поэтому сбор в тенге рассчитать нельзя.", "{year} жылғы АЕК әлі жарияланбаған, сондықтан алымды теңгемен есептеу мүмкін емес."),
    RiskReissueOpen => ("Reissue deadline: {date} ({n} days left).", "Срок переоформления: {date} (осталось дней: {n}).", "Қайта ресімдеу мерзімі: {date} (қалған күндер: {n})."),
    RiskReissueClosing => ("Reissue deadline: {date}, only {n} days left.", "Срок переоформления: {date}, осталось всего дней: {n}.", "Қайта ресімдеу мерзімі: {date}, небәрі {n} күн қалды."),
    RiskReissuePassed => ("The 30-day reissue deadline passed on {date}.", "30-дневный срок переоформления истек {date}.", "30 күндік қайта ресімдеу мерзімі {date} өтіп кетті."),
    HintIinBirthDate => ("This IIN does not encode a birth date: allowed since 2013, but check it.", "Этот ИИН не содержит даты рождения: с 2013 года это допустимо, но проверьте.", "Бұл ЖСН туған күнді қамтымайды: 2013 жылдан бері бұған жол беріледі, бірақ тексеріңіз."),
    HintBinBranch => ("This BIN belongs to a branch or representative office.", "Этот БИН принадлежит филиалу или представительству.", "Бұл БСН филиалға немесе өкілдікке тиесілі."),
    HintBinNonResident => ("This BIN belongs to a non-resident legal entity.", "Этот БИН принадлежит юридическому лицу-нерезиденту.", "Бұл БСН резидент емес заңды тұлғаға тиесілі."),
    SummaryHeading => ("Fee and dates", "Сбор и сроки", "Алым және мерзімдер"),
    PaymentDate => ("Payment date", "Дата оплаты", "Төлем күні"),
    SubmissionTime => ("Submission time (Astana)", "Время подачи (время Астаны)", "Беру уақыты (Астана уақыты)"),
    RegisteredOn => ("Registered on", "Дата регистрации", "Тіркелген күні"),
    DecisionBy => ("Decision by", "Решение не позднее", "Шешім мерзімі"),
    DecisionWorstCase => ("If every pause is used in full", "Если все паузы использованы полностью", "Барлық үзілістер толық пайдаланылса"),
    WithHearing => ("If a hearing is held", "Если проводится заслушивание", "Тыңдау өткізілсе"),
    HearingWindow => ("Hearing notice by {notice}, hearing by {held}", "Уведомление о заслушивании не позднее {notice}, заслушивание не позднее {held}", "Тыңдау туралы хабарлама {notice} дейін, тыңдау {held} дейін"),
    PauseLine => ("{name}: {from} – {to} (not counted)", "{name}: {from} – {to} (не засчитывается)", "{name}: {from} – {to} (есептелмейді)"),
    ProvisionalYear => ("Provisional: {reason}.", "Предварительно: {reason}.", "Алдын ала: {reason}."),
    FeeInTenge => ("{mci} MCI = {tenge} ({year}: 1 MCI = {value})", "{mci} МРП = {tenge} ({year}: 1 МРП = {value})", "{mci} АЕК = {tenge} ({year}: 1 АЕК = {value})"),
    HowCounted => ("How the dates are counted", "Как считаются сроки", "Мерзімдер қалай есептеледі"),
    InvalidRequired => ("Enter this: it is required.", "Заполните это поле: оно обязательно.", "Осы өрісті толтырыңыз: ол міндетті."),
    InvalidIdLength => ("Enter 12 digits.", "Введите 12 цифр.", "12 цифр енгізіңіз."),
    InvalidIdChecksum => ("This number's check digit does not match: check for a typing slip.", "Контрольная цифра номера не совпадает: проверьте, нет ли опечатки.", "Нөмірдің бақылау цифры сәйкес келмейді: қате басылмағанын тексеріңіз."),
    InvalidBinNotIin => ("This is an IIN (an individual's number): a legal entity enters its BIN.", "Это ИИН (номер физического лица): юридическое лицо указывает свой БИН.", "Бұл ЖСН (жеке тұлғаның нөмірі): заңды тұлға өзінің БСН-ін көрсетеді."),
    InvalidIinNotBin => ("This is a BIN (a legal entity's number): an individual enters an IIN.", "Это БИН (номер юридического лица): физическое лицо указывает ИИН.", "Бұл БСН (заңды тұлғаның нөмірі): жеке тұлға ЖСН көрсетеді."),
    InvalidBinEntityType => ("This is not a valid BIN: its registration month or entity type is wrong.", "Это недействительный БИН: неверен месяц регистрации или тип лица.", "Бұл жарамды БСН емес: тіркеу айы немесе тұлға түрі қате."),
    InvalidIban => ("Enter a Kazakhstan IBAN: KZ, 2 check digits and 16 characters, e.g. KZ86 125K ZT50 0410 0100.", "Введите казахстанский IBAN: KZ, 2 контрольные цифры и 16 символов, например KZ86 125K ZT50 0410 0100.", "Қазақстандық IBAN енгізіңіз: KZ, 2 бақылау цифры және 16 таңба, мысалы KZ86 125K ZT50 0410 0100."),
    InvalidEmail => ("Enter an e-mail address like name@example.kz.", "Введите адрес электронной почты вида name@example.kz.", "name@example.kz түріндегі электрондық пошта мекенжайын енгізіңіз."),
    InvalidPhone => ("Enter a Kazakhstan number: +7 7xx xxx xx xx or 8 7xx xxx xx xx.", "Введите казахстанский номер: +7 7xx xxx xx xx или 8 7xx xxx xx xx.", "Қазақстандық нөмірді енгізіңіз: +7 7xx xxx xx xx немесе 8 7xx xxx xx xx."),
    InvalidPostalCode => ("Enter a 6-digit postal code or a 7-character Kazpost code.", "Введите 6-значный почтовый индекс или 7-значный код Казпочты.", "6 таңбалы пошта индексін немесе Қазпоштаның 7 таңбалы кодын енгізіңіз."),
    InvalidCommodityCode => ("Enter the 10-digit EAEU commodity code.", "Введите 10-значный код ТН ВЭД ЕАЭС.", "ЕАЭО СЭҚ ТН 10 таңбалы кодын енгізіңіз."),
    InvalidNotEaeuMember => ("Transit goes through a member state of the EAEU: Armenia, Belarus, Kazakhstan, Kyrgyzstan or Russia.", "Транзит осуществляется через государство — член ЕАЭС: Армения, Беларусь, Казахстан, Кыргызстан или Россия.", "Транзит ЕАЭО-ға мүше мемлекет арқылы жүзеге асырылады: Армения, Беларусь, Қазақстан, Қырғызстан немесе Ресей."),
    InvalidDate => ("Enter a real date.", "Введите существующую дату.", "Нақты күнді енгізіңіз."),
    InvalidDateInFuture => ("This date cannot be in the future.", "Эта дата не может быть в будущем.", "Бұл күн болашақта болуы мүмкін емес."),
    InvalidNumber => ("Enter a whole number greater than zero.", "Введите целое число больше нуля.", "Нөлден үлкен бүтін санды енгізіңіз."),
    InvalidChoice => ("Choose one of the options.", "Выберите один из вариантов.", "Нұсқалардың бірін таңдаңыз."),
    ProblemWrongFileType => ("The file type is not the one the Rules require.", "Тип файла не тот, что требуют Правила.", "Файл түрі Қағидалар талап ететін түр емес."),
    ProblemEmptyFile => ("The file is empty.", "Файл пуст.", "Файл бос."),
    CondRequired => ("Required", "Обязательно", "Міндетті"),
    CondUnlessPaidViaGateway => ("Not needed if you pay through the e-government payment gateway", "Не требуется при оплате через платежный шлюз «электронного правительства»", "«Электрондық үкіметтің» төлем шлюзі арқылы төлегенде қажет емес"),
    CondIfAny => ("If there are any", "При наличии", "Бар болса"),
    CondOptional => ("Optional: not giving it is no ground for refusal", "Необязательно: непредставление не является основанием для отказа", "Міндетті емес: ұсынбау бас тарту негізі болып табылмайды"),
    CondIfForeignLanguage => ("Only if that document is in a foreign language", "Только если этот документ составлен на иностранном языке", "Тек сол құжат шет тілінде жасалса"),
    CondOnRequest => ("Only if the provider asks for it", "Только по запросу услугодателя", "Тек көрсетілетін қызметті беруші сұраса"),
    CondUnlessInStateSystems => ("Not needed for information already in state information systems", "Не требуется для сведений, уже имеющихся в государственных информационных системах", "Мемлекеттік ақпараттық жүйелерде бар мәліметтер үшін қажет емес"),
    ForLegalEntity => ("legal entity", "юридическое лицо", "заңды тұлға"),
    ForIndividual => ("individual", "физическое лицо", "жеке тұлға"),
    ForIssue => ("issue", "выдача", "беру"),
    ForReissue => ("reissue", "переоформление", "қайта ресімдеу"),
    StageByDay => ("By working day {n}: {name}", "К {n}-му рабочему дню: {name}", "{n}-жұмыс күніне дейін: {name}"),
    PauseNotCounted => ("{name}: up to {length}, not counted in the term", "{name}: до {length}, не засчитывается в срок", "{name}: {length} дейін, мерзімге есептелмейді"),
    CalendarDays => ("{n} calendar days", "{n} календарных дней", "{n} күнтізбелік күн"),
    HearingRule => ("If a refusal is considered, you are notified at least {notice} working days before the end of the term and heard within {held} working days of the notice.", "Если рассматривается отказ, вас уведомят не позднее чем за {notice} рабочих дня до окончания срока и заслушают в течение {held} рабочих дней с уведомления.", "Бас тарту қаралса, сізге мерзім аяқталғанға дейін кемінде {notice} жұмыс күні бұрын хабарланады және хабарламадан кейін {held} жұмыс күні ішінде тыңдалады."),
    HearingExtends => ("A hearing extends the term by {n} working days.", "Заслушивание продлевает срок на {n} рабочих дня.", "Тыңдау мерзімді {n} жұмыс күніне ұзартады."),
    Yes => ("Yes", "Да", "Иә"),
    No => ("No", "Нет", "Жоқ"),
    GoToProblem => ("Go to it", "Перейти", "Өту"),
    NavServices => ("Services", "Услуги", "Қызметтер"),
    NavDrafts => ("My drafts ({n})", "Мои черновики ({n})", "Менің жобаларым ({n})"),
    HelpdeskMode => ("Help-desk mode", "Режим контакт-центра", "Байланыс орталығы режимі"),
    DraftsHeading => ("My drafts", "Мои черновики", "Менің жобаларым"),
    DraftsIntro => ("Drafts are kept in this browser only. Export a draft to keep a copy or move it to another device; attachments are listed, not copied.", "Черновики хранятся только в этом браузере. Экспортируйте черновик, чтобы сохранить копию или перенести на другое устройство; вложения перечисляются, но не копируются.", "Жобалар тек осы браузерде сақталады. Көшірмесін сақтау немесе басқа құрылғыға көшіру үшін жобаны экспорттаңыз; тіркемелер тізімделеді, бірақ көшірілмейді."),
    NoDrafts => ("No drafts yet. Start an application from the list of services.", "Черновиков пока нет. Начните заявление из списка услуг.", "Әзірге жобалар жоқ. Өтінішті қызметтер тізімінен бастаңыз."),
    DraftName => ("Name", "Название", "Атауы"),
    DraftService => ("Service", "Услуга", "Қызмет"),
    DraftApplicant => ("Applicant", "Заявитель", "Өтініш беруші"),
    DraftChanged => ("Last change", "Последнее изменение", "Соңғы өзгеріс"),
    DraftStatus => ("Status", "Статус", "Күйі"),
    DraftActions => ("Actions", "Действия", "Әрекеттер"),
    StatusReady => ("Ready", "Готово", "Дайын"),
    StatusNotReady => ("Not ready ({n} to do)", "Не готово (осталось: {n})", "Дайын емес (қалғаны: {n})"),
    OpenDraft => ("Open", "Открыть", "Ашу"),
    RenameDraft => ("Rename", "Переименовать", "Атауын өзгерту"),
    NewName => ("New name for {name}", "Новое название для «{name}»", "«{name}» үшін жаңа атау"),
    SaveName => ("Save name", "Сохранить название", "Атауды сақтау"),
    DuplicateDraft => ("Duplicate", "Дублировать", "Көшірмесін жасау"),
    DeleteDraft => ("Delete", "Удалить", "Жою"),
    ExportDraft => ("Export", "Экспорт", "Экспорт"),
    DraftDeleted => ("Draft \"{name}\" deleted.", "Черновик «{name}» удален.", "«{name}» жобасы жойылды."),
    Undo => ("Undo", "Отменить", "Болдырмау"),
    ImportHeading => ("Import a draft", "Импорт черновика", "Жобаны импорттау"),
    ImportLabel => ("Choose a draft file (.json)", "Выберите файл черновика (.json)", "Жоба файлын таңдаңыз (.json)"),
    Imported => ("Imported \"{name}\" and opened it.", "Черновик «{name}» импортирован и открыт.", "«{name}» жобасы импортталып, ашылды."),
    ImportDamaged => ("This file is damaged or not complete: nothing was imported.", "Файл поврежден или неполон: ничего не импортировано.", "Файл зақымдалған немесе толық емес: ештеңе импортталмады."),
    ImportNotADraft => ("This file is not a draft of this assistant: nothing was imported.", "Этот файл не является черновиком этого помощника: ничего не импортировано.", "Бұл файл осы көмекшінің жобасы емес: ештеңе импортталмады."),
    ImportNewer => ("This draft was saved by a newer version of the assistant (format {n}): nothing was imported. Please update.", "Черновик сохранен более новой версией помощника (формат {n}): ничего не импортировано. Обновите помощник.", "Жоба көмекшінің жаңа нұсқасымен сақталған ({n} формат): ештеңе импортталмады. Көмекшіні жаңартыңыз."),
    ImportTooLarge => ("This file is too large to be a draft: nothing was imported.", "Файл слишком велик для черновика: ничего не импортировано.", "Файл жоба үшін тым үлкен: ештеңе импортталмады."),
    ImportUnreadable => ("The file could not be read: nothing was imported.", "Не удалось прочитать файл: ничего не импортировано.", "Файлды оқу мүмкін болмады: ештеңе импортталмады."),
    StorageUnavailable => ("This browser does not allow saving: your answers stay only while this page is open. Export the draft to keep it.", "Этот браузер не позволяет сохранять данные: ответы хранятся, только пока открыта страница. Экспортируйте черновик, чтобы сохранить его.", "Бұл браузер деректерді сақтауға рұқсат бермейді: жауаптар тек бет ашық тұрғанда сақталады. Сақтау үшін жобаны экспорттаңыз."),
    StorageFull => ("The browser's storage is full, so the latest changes were not saved. Your answers are still here: export the draft to keep it.", "Хранилище браузера заполнено, последние изменения не сохранены. Ваши ответы на месте: экспортируйте черновик, чтобы сохранить его.", "Браузер қоймасы толы, соңғы өзгерістер сақталмады. Жауаптарыңыз орнында: сақтау үшін жобаны экспорттаңыз."),
    StorageCorrupted => ("The saved drafts could not be read; they were kept aside unchanged. Your current answers are here: export them to keep a copy.", "Сохраненные черновики не удалось прочитать; они отложены без изменений. Текущие ответы на месте: экспортируйте их, чтобы сохранить копию.", "Сақталған жобаларды оқу мүмкін болмады; олар өзгеріссіз бөлек сақталды. Ағымдағы жауаптар орнында: көшірмесін сақтау үшін экспорттаңыз."),
    ExportThisDraft => ("Export this draft", "Экспортировать этот черновик", "Осы жобаны экспорттау"),
    PrintForms => ("Print or save as PDF", "Печать или сохранение в PDF", "Басып шығару немесе PDF-ке сақтау"),
    PrintHeading => ("Printed forms", "Печатные формы", "Басып шығарылатын нысандар"),
    PrintButton => ("Print", "Печать", "Басып шығару"),
    InventoryHeading => ("Document inventory", "Опись документов", "Құжаттар тізімдемесі"),
    FeeAndTimelineHeading => ("Fee and timeline", "Сбор и сроки", "Алым және мерзімдер"),
    ToProvider => ("To", "Кому", "Кімге"),
    FromApplicant => ("from", "от", "кімнен"),
    DocumentsAttachedCount => ("{n} document(s) attached", "Приложено документов: {n}", "Тіркелген құжаттар: {n}"),
    DateOfFilling => ("Date of filling", "Дата заполнения", "Толтырылған күні"),
    Signature => ("(signature)", "(подпись)", "(қолы)"),
    ReadBackHeading => ("Read-back", "Зачитывание", "Оқып беру"),
    ReadBackIntro => ("Read the questions and answers in order. Both sides can compare the draft code instead of every answer.", "Зачитывайте вопросы и ответы по порядку. Обе стороны могут сверить код черновика вместо всех ответов.", "Сұрақтар мен жауаптарды ретімен оқыңыз. Екі тарап барлық жауаптардың орнына жоба кодын салыстыра алады."),
    DraftCode => ("Draft code", "Код черновика", "Жоба коды"),
    ReferenceCard => ("Reference card", "Справочная карточка", "Анықтамалық карточка"),
    ProviderHours => ("The provider works Monday to Friday, 09:00–19:00 Astana time, lunch 13:00–15:00; the portal accepts applications at any time.", "Услугодатель работает с понедельника по пятницу с 09:00 до 19:00 по времени Астаны, перерыв с 13:00 до 15:00; портал принимает заявления круглосуточно.", "Көрсетілетін қызметті беруші дүйсенбіден жұмаға дейін Астана уақытымен 09:00-ден 19:00-ге дейін жұмыс істейді, түскі үзіліс 13:00-ден 15:00-ге дейін; портал өтініштерді тәулік бойы қабылдайды."),
    Provider => ("National Security Committee of the Republic of Kazakhstan", "Комитет национальной безопасности Республики Казахстан", "Қазақстан Республикасы Ұлттық қауіпсіздік комитеті"),
    AnnexN => ("Annex {n}", "Приложение {n}", "{n}-қосымша"),
    PrintedAnnexHeader => ("Annex {n} to the Rules for provision of a public service \"{service}\"", "Приложение {n} к Правилам оказания государственной услуги «{service}»", "«{service}» мемлекеттік көрсетілетін қызмет көрсету қағидаларына {n}-қосымша"),
    FormWord => ("Form", "Форма", "Нысан"),
    HerebyConfirmed => ("It is hereby confirmed that:", "Настоящим подтверждается, что:", "Осымен мыналар расталады:"),
    Files => ("Files", "Файлы", "Файлдар"),
    Language => ("Language", "Язык", "Тіл"),
    AttachmentVerified => ("checked against the file in this browser", "сверено с файлом в этом браузере", "осы браузердегі файлмен салыстырылды"),
    AttachmentListedOnly => ("listed only: attach the same file again to check it", "только в списке: приложите тот же файл снова, чтобы сверить его", "тек тізімде: салыстыру үшін сол файлды қайта тіркеңіз"),
    AttachmentDiffers => ("{name} differs from the listed file of the same name (its SHA-256 does not match); it was added as another file.", "{name} отличается от файла с тем же именем в списке (SHA-256 не совпадает); он добавлен как другой файл.", "{name} тізімдегі аттас файлдан өзгеше (SHA-256 сәйкес емес); ол басқа файл ретінде қосылды."),
    CopySuffix => ("copy", "копия", "көшірме"),
    RecoveryTitle => ("Something went wrong", "Что-то пошло не так", "Бірдеңе дұрыс болмады"),
    RecoveryText => ("The assistant stopped because of an error. Your drafts were saved in this browser at every change and are still there.", "Помощник остановился из-за ошибки. Ваши черновики сохранялись в этом браузере при каждом изменении и остаются на месте.", "Көмекші қатеге байланысты тоқтады. Жобаларыңыз әр өзгерісте осы браузерде сақталды және орнында тұр."),
    RecoveryExport => ("Export the saved drafts", "Экспортировать сохраненные черновики", "Сақталған жобаларды экспорттау"),
    RecoveryReload => ("Reload the assistant", "Перезапустить помощник", "Көмекшіні қайта жүктеу"),
    NotFoundHeading => ("Page not found", "Страница не найдена", "Бет табылмады"),
    NotFoundText => ("There is nothing at this address.", "По этому адресу ничего нет.", "Бұл мекенжайда ештеңе жоқ."),
}

/// The text of `msg` in `lang`.
pub fn text(msg: Msg, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english(msg),
        Lang::Ru => russian(msg),
        Lang::Kk => kazakh(msg),
    }
}

/// Replaces each `{key}` in `template` with its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_owned(), |acc, (key, value)| acc.replace(&format!("{{{key}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The placeholders of a text, sorted: a translation must keep every one.
    fn placeholders(s: &str) -> Vec<&str> {
        let mut out: Vec<&str> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(name, _)| name)).collect();
        out.sort();
        out
    }

    /// Messages whose translation may equal the English (codes, numbers only).
    const SAME_IN_EVERY_LANGUAGE: &[Msg] = &[Msg::RowNumber];

    #[test]
    fn every_message_is_translated_with_its_placeholders() {
        for lang in Lang::AVAILABLE {
            for msg in Msg::ALL {
                let t = text(*msg, lang);
                assert!(!t.trim().is_empty(), "{lang:?} {msg:?}");
                assert_eq!(placeholders(t), placeholders(text(*msg, Lang::En)), "{lang:?} {msg:?}");
                if lang != Lang::En && !SAME_IN_EVERY_LANGUAGE.contains(msg) {
                    assert_ne!(t, text(*msg, Lang::En), "{lang:?} {msg:?} is a copy of the English");
                }
            }
        }
        assert_eq!(fill(text(Msg::WorkingDays, Lang::En), &[("n", "15")]), "15 working days");
    }
}
