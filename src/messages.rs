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
}

impl Lang {
    /// The languages the switch offers: a language is listed once all its texts are written.
    pub const AVAILABLE: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The BCP 47 code, for the `lang` attribute and the embedding option.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, as the switch shows it.
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::AVAILABLE.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

macro_rules! messages {
    ($($id:ident => ($en:expr, $ru:expr),)*) => {
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
    };
}

messages! {
    AppTitle => ("KNB public services: the applicant's assistant", "Государственные услуги КНБ: помощник заявителя"),
    AppIntro => ("Find the service you need, fill in its forms, check your documents and see the fee and the decision date. Nothing you enter leaves this device.", "Найдите нужную услугу, заполните ее формы, проверьте документы и узнайте сбор и дату решения. Ничего из введенного не покидает это устройство."),
    SkipToContent => ("Skip to main content", "Перейти к основному содержанию"),
    ServicesHeading => ("All eight services", "Все восемь услуг"),
    Term => ("Term", "Срок"),
    Fee => ("Fee", "Сбор"),
    OnIssue => ("Issue", "Выдача"),
    OnReissue => ("Reissue", "Переоформление"),
    WorkingDays => ("{n} working days", "{n} рабочих дней"),
    Mci => ("{n} MCI", "{n} МРП"),
    FreeOfCharge => ("Free of charge", "Бесплатно"),
    ContactCentre => ("Unified Contact Center: {phone}", "Единый контакт-центр: {phone}"),
    Disclaimer => ("An unofficial assistant based on the Rules approved by KNB order No. 34/қе of 6 May 2020 (as amended). The official text prevails.", "Неофициальный помощник на основе Правил, утвержденных приказом КНБ № 34/қе от 6 мая 2020 года (с изменениями). Преимущество имеет официальный текст."),
    FinderHeading => ("What do you want to do?", "Что вы хотите сделать?"),
    FinderIntro => ("Answer the question that fits, or search the services by name.", "Ответьте на подходящий вопрос или найдите услугу по названию."),
    SearchLabel => ("Search the services", "Поиск услуг"),
    SearchNoResults => ("No service matches your search.", "Ни одна услуга не соответствует запросу."),
    SearchResults => ("{n} services match your search.", "Услуг, соответствующих запросу: {n}."),
    StartApplication => ("Start or continue the application", "Начать или продолжить заявление"),
    BackToServices => ("All services", "Все услуги"),
    WhatYouNeed => ("What you will need", "Что понадобится"),
    FormsToFill => ("Forms to fill in", "Формы для заполнения"),
    DocumentsToAttach => ("Documents", "Документы"),
    RefusalGroundsHeading => ("Grounds for refusal: check yourself", "Основания для отказа: проверьте себя"),
    AppealsHeading => ("If you disagree with the decision", "Если вы не согласны с решением"),
    TimelinePreview => ("Timeline", "Сроки и этапы"),
    WhoMayApply => ("Who may apply", "Кто может обратиться"),
    ResultHeading => ("What you receive", "Что вы получите"),
    OtherRequirements => ("Other requirements", "Иные требования"),
    ReissueWindow => ("Apply for a reissue within {n} calendar days of the change.", "Заявление о переоформлении подается в течение {n} календарных дней со дня изменения."),
    StepSetup => ("Your application", "Ваше заявление"),
    StepDocuments => ("Documents", "Документы"),
    StepCheck => ("Check and finish", "Проверка и завершение"),
    Steps => ("Steps", "Шаги"),
    ApplicantKindLegend => ("Who is applying?", "Кто обращается?"),
    LegalEntity => ("A legal entity (or its branch or representative office)", "Юридическое лицо (или его филиал либо представительство)"),
    Individual => ("An individual (including an individual entrepreneur)", "Физическое лицо (в том числе индивидуальный предприниматель)"),
    ActionLegend => ("What do you need?", "Что вам нужно?"),
    ActionIssue => ("A new license", "Новая лицензия"),
    ActionReissue => ("Reissue (renew) my license after a change", "Переоформление лицензии после изменения"),
    ChangeImpactHeading => ("Before you change this", "Прежде чем изменить"),
    CarriedOver => ("These answers carry over", "Эти ответы сохраняются"),
    NoLongerApply => ("These answers no longer apply (they are kept, but left out of the application)", "Эти ответы больше не применяются (они сохранены, но не войдут в заявление)"),
    NewQuestions => ("New questions", "Новые вопросы"),
    NewDocuments => ("New documents", "Новые документы"),
    AttachmentsNoLongerApply => ("These attachments no longer apply (kept, not submitted)", "Эти вложения больше не применяются (сохранены, не подаются)"),
    ApplyChange => ("Apply the change", "Применить изменение"),
    KeepCurrent => ("Keep my current choice", "Оставить текущий выбор"),
    Continue => ("Continue", "Далее"),
    Back => ("Back", "Назад"),
    Optional => ("(optional)", "(необязательно)"),
    ErrorPrefix => ("Error:", "Ошибка:"),
    ErrorSummaryTitle => ("There is a problem", "Есть ошибки"),
    CheckThisForm => ("Check this form", "Проверить эту форму"),
    FormIsComplete => ("This form is complete.", "Форма заполнена полностью."),
    AddRow => ("Add a row", "Добавить строку"),
    RemoveRow => ("Remove", "Удалить"),
    DuplicateRow => ("Duplicate", "Дублировать"),
    MoveUp => ("Move up", "Выше"),
    MoveDown => ("Move down", "Ниже"),
    RowNumber => ("{label} {n}", "{label} {n}"),
    NoRowsYet => ("No rows yet.", "Строк пока нет."),
    PasteLabel => ("Paste rows copied from a spreadsheet (one row per line, columns in the order above)", "Вставьте строки, скопированные из электронной таблицы (одна строка — одна позиция, столбцы в порядке выше)"),
    PasteButton => ("Add pasted rows", "Добавить вставленные строки"),
    PasteAdded => ("Line {line}: added.", "Строка {line}: добавлена."),
    PasteWrongCount => ("Line {line}: rejected, it has {found} cells but the table has {expected} columns.", "Строка {line}: отклонена, в ней {found} ячеек, а в таблице {expected} столбцов."),
    PasteInvalid => ("Line {line}: rejected, {problems}.", "Строка {line}: отклонена, {problems}."),
    RowsCount => ("{n} rows", "Строк: {n}"),
    DocumentsIntro => ("Attach each document the Rules require. Files stay in this browser: only their name, size and a SHA-256 digest are recorded.", "Приложите каждый документ, требуемый Правилами. Файлы остаются в этом браузере: записываются только имя, размер и хеш SHA-256."),
    AttachFile => ("Attach a file for: {document}", "Приложить файл: {document}"),
    DropHere => ("or drop files here", "или перетащите файлы сюда"),
    RemoveFile => ("Remove {name}", "Удалить {name}"),
    StateForm => ("Filled in this app", "Заполняется в этом приложении"),
    StateAttached => ("Attached", "Приложен"),
    StateMissing => ("Missing", "Отсутствует"),
    StateNotNeeded => ("Not needed", "Не требуется"),
    StateOptional => ("Optional", "Необязательно"),
    StateOnRequest => ("Only if the provider asks for it", "Только по запросу услугодателя"),
    PaidViaGateway => ("I paid (or will pay) through the e-government payment gateway", "Я оплатил(а) (или оплачу) через платежный шлюз «электронного правительства»"),
    InStateSystems => ("This information is already in state information systems", "Эти сведения уже есть в государственных информационных системах"),
    EmptyFileRefused => ("{name} is empty and was not attached.", "Файл {name} пуст и не приложен."),
    WrongTypeRefused => ("{name} is not accepted here: the Rules require a {types} file.", "Файл {name} здесь не принимается: Правила требуют файл {types}."),
    FileReadFailed => ("{name} could not be read.", "Не удалось прочитать файл {name}."),
    ReviewHeading => ("Check your answers", "Проверьте ответы"),
    Change => ("Change", "Изменить"),
    NotAnswered => ("Not answered", "Нет ответа"),
    VerdictReady => ("Ready: the package is complete and would pass the provider's completeness check.", "Готово: пакет документов полон и прошел бы проверку полноты у услугодателя."),
    VerdictNotReady => ("Not ready: the provider would return the application as incomplete for these reasons.", "Не готово: услугодатель вернул бы заявление как неполное по этим причинам."),
    RisksHeading => ("Before you submit", "Перед подачей"),
    RiskFeeNotPaid => ("The fee is not paid yet or its proof is not attached: an unpaid fee is a ground for refusal.", "Сбор еще не оплачен или подтверждение оплаты не приложено: неуплата сбора — основание для отказа."),
    RiskMciUnknown => ("The MCI for {year} is not yet published, so the fee in tenge cannot be computed.", "МРП на {year} год еще не опубликован, поэтому сбор в тенге рассчитать нельзя."),
    RiskReissueOpen => ("Reissue deadline: {date} ({n} days left).", "Срок переоформления: {date} (осталось дней: {n})."),
    RiskReissueClosing => ("Reissue deadline: {date}, only {n} days left.", "Срок переоформления: {date}, осталось всего дней: {n}."),
    RiskReissuePassed => ("The 30-day reissue deadline passed on {date}.", "30-дневный срок переоформления истек {date}."),
    HintIinBirthDate => ("This IIN does not encode a birth date: allowed since 2013, but check it.", "Этот ИИН не содержит даты рождения: с 2013 года это допустимо, но проверьте."),
    HintBinBranch => ("This BIN belongs to a branch or representative office.", "Этот БИН принадлежит филиалу или представительству."),
    HintBinNonResident => ("This BIN belongs to a non-resident legal entity.", "Этот БИН принадлежит юридическому лицу-нерезиденту."),
    SummaryHeading => ("Fee and dates", "Сбор и сроки"),
    PaymentDate => ("Payment date", "Дата оплаты"),
    SubmissionTime => ("Submission time (Astana)", "Время подачи (время Астаны)"),
    RegisteredOn => ("Registered on", "Дата регистрации"),
    DecisionBy => ("Decision by", "Решение не позднее"),
    DecisionWorstCase => ("If every pause is used in full", "Если все паузы использованы полностью"),
    WithHearing => ("If a hearing is held", "Если проводится заслушивание"),
    HearingWindow => ("Hearing notice by {notice}, hearing by {held}", "Уведомление о заслушивании не позднее {notice}, заслушивание не позднее {held}"),
    PauseLine => ("{name}: {from} – {to} (not counted)", "{name}: {from} – {to} (не засчитывается)"),
    ProvisionalYear => ("Provisional: {reason}.", "Предварительно: {reason}."),
    FeeInTenge => ("{mci} MCI = {tenge} ({year}: 1 MCI = {value})", "{mci} МРП = {tenge} ({year}: 1 МРП = {value})"),
    HowCounted => ("How the dates are counted", "Как считаются сроки"),
    InvalidRequired => ("Enter this: it is required.", "Заполните это поле: оно обязательно."),
    InvalidIdLength => ("Enter 12 digits.", "Введите 12 цифр."),
    InvalidIdChecksum => ("This number's check digit does not match: check for a typing slip.", "Контрольная цифра номера не совпадает: проверьте, нет ли опечатки."),
    InvalidBinNotIin => ("This is an IIN (an individual's number): a legal entity enters its BIN.", "Это ИИН (номер физического лица): юридическое лицо указывает свой БИН."),
    InvalidIinNotBin => ("This is a BIN (a legal entity's number): an individual enters an IIN.", "Это БИН (номер юридического лица): физическое лицо указывает ИИН."),
    InvalidBinEntityType => ("This is not a valid BIN: its registration month or entity type is wrong.", "Это недействительный БИН: неверен месяц регистрации или тип лица."),
    InvalidIban => ("Enter a Kazakhstan IBAN: KZ, 2 check digits and 16 characters, e.g. KZ86 125K ZT50 0410 0100.", "Введите казахстанский IBAN: KZ, 2 контрольные цифры и 16 символов, например KZ86 125K ZT50 0410 0100."),
    InvalidEmail => ("Enter an e-mail address like name@example.kz.", "Введите адрес электронной почты вида name@example.kz."),
    InvalidPhone => ("Enter a Kazakhstan number: +7 7xx xxx xx xx or 8 7xx xxx xx xx.", "Введите казахстанский номер: +7 7xx xxx xx xx или 8 7xx xxx xx xx."),
    InvalidPostalCode => ("Enter a 6-digit postal code or a 7-character Kazpost code.", "Введите 6-значный почтовый индекс или 7-значный код Казпочты."),
    InvalidCommodityCode => ("Enter the 10-digit EAEU commodity code.", "Введите 10-значный код ТН ВЭД ЕАЭС."),
    InvalidNotEaeuMember => ("Transit goes through a member state of the EAEU: Armenia, Belarus, Kazakhstan, Kyrgyzstan or Russia.", "Транзит осуществляется через государство — член ЕАЭС: Армения, Беларусь, Казахстан, Кыргызстан или Россия."),
    InvalidDate => ("Enter a real date.", "Введите существующую дату."),
    InvalidDateInFuture => ("This date cannot be in the future.", "Эта дата не может быть в будущем."),
    InvalidNumber => ("Enter a whole number greater than zero.", "Введите целое число больше нуля."),
    InvalidChoice => ("Choose one of the options.", "Выберите один из вариантов."),
    ProblemWrongFileType => ("The file type is not the one the Rules require.", "Тип файла не тот, что требуют Правила."),
    ProblemEmptyFile => ("The file is empty.", "Файл пуст."),
    CondRequired => ("Required", "Обязательно"),
    CondUnlessPaidViaGateway => ("Not needed if you pay through the e-government payment gateway", "Не требуется при оплате через платежный шлюз «электронного правительства»"),
    CondIfAny => ("If there are any", "При наличии"),
    CondOptional => ("Optional: not giving it is no ground for refusal", "Необязательно: непредставление не является основанием для отказа"),
    CondIfForeignLanguage => ("Only if that document is in a foreign language", "Только если этот документ составлен на иностранном языке"),
    CondOnRequest => ("Only if the provider asks for it", "Только по запросу услугодателя"),
    CondUnlessInStateSystems => ("Not needed for information already in state information systems", "Не требуется для сведений, уже имеющихся в государственных информационных системах"),
    ForLegalEntity => ("legal entity", "юридическое лицо"),
    ForIndividual => ("individual", "физическое лицо"),
    ForIssue => ("issue", "выдача"),
    ForReissue => ("reissue", "переоформление"),
    StageByDay => ("By working day {n}: {name}", "К {n}-му рабочему дню: {name}"),
    PauseNotCounted => ("{name}: up to {length}, not counted in the term", "{name}: до {length}, не засчитывается в срок"),
    CalendarDays => ("{n} calendar days", "{n} календарных дней"),
    HearingRule => ("If a refusal is considered, you are notified at least {notice} working days before the end of the term and heard within {held} working days of the notice.", "Если рассматривается отказ, вас уведомят не позднее чем за {notice} рабочих дня до окончания срока и заслушают в течение {held} рабочих дней с уведомления."),
    HearingExtends => ("A hearing extends the term by {n} working days.", "Заслушивание продлевает срок на {n} рабочих дня."),
    Yes => ("Yes", "Да"),
    No => ("No", "Нет"),
    GoToProblem => ("Go to it", "Перейти"),
    NavServices => ("Services", "Услуги"),
    NavDrafts => ("My drafts ({n})", "Мои черновики ({n})"),
    HelpdeskMode => ("Help-desk mode", "Режим контакт-центра"),
    DraftsHeading => ("My drafts", "Мои черновики"),
    DraftsIntro => ("Drafts are kept in this browser only. Export a draft to keep a copy or move it to another device; attachments are listed, not copied.", "Черновики хранятся только в этом браузере. Экспортируйте черновик, чтобы сохранить копию или перенести на другое устройство; вложения перечисляются, но не копируются."),
    NoDrafts => ("No drafts yet. Start an application from the list of services.", "Черновиков пока нет. Начните заявление из списка услуг."),
    DraftName => ("Name", "Название"),
    DraftService => ("Service", "Услуга"),
    DraftApplicant => ("Applicant", "Заявитель"),
    DraftChanged => ("Last change", "Последнее изменение"),
    DraftStatus => ("Status", "Статус"),
    DraftActions => ("Actions", "Действия"),
    StatusReady => ("Ready", "Готово"),
    StatusNotReady => ("Not ready ({n} to do)", "Не готово (осталось: {n})"),
    OpenDraft => ("Open", "Открыть"),
    RenameDraft => ("Rename", "Переименовать"),
    NewName => ("New name for {name}", "Новое название для «{name}»"),
    SaveName => ("Save name", "Сохранить название"),
    DuplicateDraft => ("Duplicate", "Дублировать"),
    DeleteDraft => ("Delete", "Удалить"),
    ExportDraft => ("Export", "Экспорт"),
    DraftDeleted => ("Draft \"{name}\" deleted.", "Черновик «{name}» удален."),
    Undo => ("Undo", "Отменить"),
    ImportHeading => ("Import a draft", "Импорт черновика"),
    ImportLabel => ("Choose a draft file (.json)", "Выберите файл черновика (.json)"),
    Imported => ("Imported \"{name}\" and opened it.", "Черновик «{name}» импортирован и открыт."),
    ImportDamaged => ("This file is damaged or not complete: nothing was imported.", "Файл поврежден или неполон: ничего не импортировано."),
    ImportNotADraft => ("This file is not a draft of this assistant: nothing was imported.", "Этот файл не является черновиком этого помощника: ничего не импортировано."),
    ImportNewer => ("This draft was saved by a newer version of the assistant (format {n}): nothing was imported. Please update.", "Черновик сохранен более новой версией помощника (формат {n}): ничего не импортировано. Обновите помощник."),
    ImportTooLarge => ("This file is too large to be a draft: nothing was imported.", "Файл слишком велик для черновика: ничего не импортировано."),
    ImportUnreadable => ("The file could not be read: nothing was imported.", "Не удалось прочитать файл: ничего не импортировано."),
    StorageUnavailable => ("This browser does not allow saving: your answers stay only while this page is open. Export the draft to keep it.", "Этот браузер не позволяет сохранять данные: ответы хранятся, только пока открыта страница. Экспортируйте черновик, чтобы сохранить его."),
    StorageFull => ("The browser's storage is full, so the latest changes were not saved. Your answers are still here: export the draft to keep it.", "Хранилище браузера заполнено, последние изменения не сохранены. Ваши ответы на месте: экспортируйте черновик, чтобы сохранить его."),
    StorageCorrupted => ("The saved drafts could not be read; they were kept aside unchanged. Your current answers are here: export them to keep a copy.", "Сохраненные черновики не удалось прочитать; они отложены без изменений. Текущие ответы на месте: экспортируйте их, чтобы сохранить копию."),
    ExportThisDraft => ("Export this draft", "Экспортировать этот черновик"),
    PrintForms => ("Print or save as PDF", "Печать или сохранение в PDF"),
    PrintHeading => ("Printed forms", "Печатные формы"),
    PrintButton => ("Print", "Печать"),
    InventoryHeading => ("Document inventory", "Опись документов"),
    FeeAndTimelineHeading => ("Fee and timeline", "Сбор и сроки"),
    ToProvider => ("To", "Кому"),
    FromApplicant => ("from", "от"),
    DocumentsAttachedCount => ("{n} document(s) attached", "Приложено документов: {n}"),
    DateOfFilling => ("Date of filling", "Дата заполнения"),
    Signature => ("(signature)", "(подпись)"),
    ReadBackHeading => ("Read-back", "Зачитывание"),
    ReadBackIntro => ("Read the questions and answers in order. Both sides can compare the draft code instead of every answer.", "Зачитывайте вопросы и ответы по порядку. Обе стороны могут сверить код черновика вместо всех ответов."),
    DraftCode => ("Draft code", "Код черновика"),
    ReferenceCard => ("Reference card", "Справочная карточка"),
    ProviderHours => ("The provider works Monday to Friday, 09:00–19:00 Astana time, lunch 13:00–15:00; the portal accepts applications at any time.", "Услугодатель работает с понедельника по пятницу с 09:00 до 19:00 по времени Астаны, перерыв с 13:00 до 15:00; портал принимает заявления круглосуточно."),
    Provider => ("National Security Committee of the Republic of Kazakhstan", "Комитет национальной безопасности Республики Казахстан"),
    AnnexN => ("Annex {n}", "Приложение {n}"),
    PrintedAnnexHeader => ("Annex {n} to the Rules for provision of a public service \"{service}\"", "Приложение {n} к Правилам оказания государственной услуги «{service}»"),
    FormWord => ("Form", "Форма"),
    HerebyConfirmed => ("It is hereby confirmed that:", "Настоящим подтверждается, что:"),
    Files => ("Files", "Файлы"),
    Language => ("Language", "Язык"),
    NotFoundHeading => ("Page not found", "Страница не найдена"),
    NotFoundText => ("There is nothing at this address.", "По этому адресу ничего нет."),
}

/// The text of `msg` in `lang`.
pub fn text(msg: Msg, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english(msg),
        Lang::Ru => russian(msg),
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
