//! Fields and sections that several annex forms share word for word.
use super::types::*;
use FieldKind::*;

pub const LICENCE_CONFIRMATION: &str = "all specified data are official contacts and any information on the issue or refusal to issue a license and (or) annexes to the license may be sent to them; the court does not prohibit the applicant to engage in a licensed type and (or) subtype of activity; all attached documents are true and valid; the applicant agrees to the use of personal data of limited access, constituting a secret protected by law, contained in information systems when issuing a license and (or) annex to the license.";
pub const SERVICE_CONFIRMATION: &str = "all specified data are official contacts and any information regarding the provision of the public service may be sent to them; all attached documents are true and valid; the applicant agrees to the use of personal data of limited access, constituting a secret protected by law, contained in information systems, in the provision of the public service.";
pub const PERMIT_CONFIRMATION: &str = "all specified data are official contacts and any information on the issue or refusal to issue a permit may be sent to them; the applicant is not prohibited by the court from engaging in activities or certain types of activities, requiring a permit; all attached documents are true and valid; the applicant agrees to the use of personal data of limited access, constituting a secret protected by law, contained in information systems when issuing a permit.";

// The applicant.
pub const LEGAL_NAME: Field = Field::new("applicant-name", "Full name of the legal entity", Text, "full name, location, business identification number of a legal entity")
    .help("Including a foreign legal entity.");
pub const LEGAL_LOCATION: Field = Field::new("applicant-location", "Location of the legal entity", Text, "full name, location, business identification number of a legal entity");
pub const LEGAL_BIN: Field = Field::new("applicant-bin", "Business identification number (BIN)", Bin, "business identification number")
    .help("12 digits. For a foreign legal entity without a BIN, the BIN of its branch or representative office.");
pub const INDIVIDUAL_NAME: Field = Field::new("applicant-name", "Surname, name, patronymic (if any)", Text, "surname, name, patronymic (if any) of an individual");
pub const INDIVIDUAL_IIN: Field = Field::new("applicant-iin", "Individual identification number (IIN)", Iin, "individual identification number").help("12 digits.");
pub const APPLICANT_NAME: Field = Field::new("applicant-name", "Full name, or surname, name and patronymic (if any), of the applicant", Text, "full name or surname, name, patronymic (if any) of the service recipient");
pub const APPLICANT_ID: Field = Field::new("applicant-id", "Individual identification number / business identification number (IIN / BIN)", IinOrBin, "Individual identification number / business identification number")
    .help("12 digits: the IIN of an individual or the BIN of a legal entity.");

// Addresses and contacts.
pub const LEGAL_ADDRESS: Field = Field::new("legal-address", "Legal entity address", LongText, "Legal entity address|Address of a legal entity")
    .help("Postal code, country (for a foreign legal entity), region, city, district, settlement, street, house / building number (stationary premise).");
pub const RESIDENCE_ADDRESS: Field = Field::new("residence-address", "Residence address of an individual", LongText, "Residence address of an individual")
    .help("Postal code, region, city, district, locality, street, house / building number.");
pub const RECIPIENT_LEGAL_ADDRESS: Field = Field::new("legal-address", "Legal address of the applicant", LongText, "Legal address of the service recipient")
    .help("Postal code, country (for a foreign legal entity), region, city, district, settlement, street, house / building number (stationary premise).");
pub const RECIPIENT_ACTUAL_ADDRESS: Field = Field::new("actual-address", "Actual address of the applicant", LongText, "The actual address of the service recipient")
    .help("Postal code, country (for a foreign legal entity), region, city, district, settlement, street, house / building number (stationary premise).");
pub const OBJECT_ADDRESS: Field = Field::new("object-address", "Address of the object of the activity or actions (operations)", LongText, "Address of the object of the activity or actions (operations)")
    .help("Postal code, region, city, district, locality, street, house / building number (stationary room).");
pub const EMAIL: Field = Field::new("email", "E-mail", Email, "E-mail").help("Official contact: the decision may be sent here.");
pub const PHONE: Field = Field::new("phone", "Phone", Phone, "Phones").help("A Kazakhstan number: +7 7xx xxx xx xx or 8 7xx xxx xx xx.");
pub const FAX: Field = Field::new("fax", "Fax", Phone, "Fax").optional().help("If you have one.");
pub const BANK_ACCOUNT: Field = Field::new("bank-account", "Bank account (IBAN)", Iban, "Bank account").optional().help("20 characters starting with KZ, e.g. KZ86 125K ZT50 0410 0100.");
pub const BANK_NAME: Field = Field::new("bank-name", "Name and location of the bank", Text, "name and location of the bank").optional();
pub const CONTACT_PHONE: Field = Field::new("phone", "Phone", Phone, "Phones, fax, e-mail").help("A Kazakhstan number: +7 7xx xxx xx xx or 8 7xx xxx xx xx.");
pub const CONTACT_FAX: Field = Field::new("fax", "Fax", Phone, "Phones, fax, e-mail").optional().help("If you have one.");
pub const CONTACT_EMAIL: Field = Field::new("email", "E-mail", Email, "Phones, fax, e-mail").help("Official contact: the decision may be sent here.");
pub const WEBSITE: Field = Field::new("website", "Official Internet resource (if any)", Text, "official Internet resource").optional();

// Signature.
pub const MANAGER: Field = Field::new("manager-name", "Manager: surname, name, patronymic (if any)", Text, "Manager").help("The head who signs with the electronic digital signature.");
pub const AUTHORIZED_PERSON: Field = Field::new("authorized-person", "Authorized person: surname, name, patronymic (if any)", Text, "Authorized person");
pub const CONTACT_PERSON: Field = Field::new("contact-person", "Contact person: surname and initials, phone, e-mail", Text, "Contact person of the service recipient")
    .help("The person who prepared the application.");
pub const CONFIRMATION: Field = Field::new("confirmation", "I confirm the statements of this application", Checkbox, "It is hereby confirmed that");

// Licence requests and reissues (Rules 1–3).
pub const REQUEST_SCOPE: Field = Field::new(
    "request-scope",
    "I ask to issue",
    Choice(&[
        choice("licence", "A license"),
        choice("annex", "An annex to the license"),
        choice("licence-and-annex", "A license and an annex to it"),
    ]),
    "I ask to issue a license and (or)",
);
pub const REISSUE_SCOPE: Field = Field::new(
    "request-scope",
    "I ask to reissue",
    Choice(&[
        choice("licence", "The license"),
        choice("annex", "The annex(es) to the license"),
        choice("licence-and-annex", "The license and its annex(es)"),
    ]),
    "I ask to reissue the license and (or) annex",
);
pub const LICENCE_NUMBER: Field = Field::new("licence-number", "Number(s) of the license and (or) annex(es)", Text, "number(s) of the license and (or) annex");
pub const LICENCE_DATE: Field = Field::new("licence-date", "Date of issue", PastDate, "date of issue");
pub const LICENCE_ISSUER: Field = Field::new("licence-issuer", "Licensor that issued it", Text, "name of the licensor");
/// The date behind the 30-day reissue window of paragraph 5 of Rules 1–3.
pub const CHANGE_DATE: Field = Field::new("change-date", "Date of the change that requires the reissue", PastDate, "")
    .derived()
    .help("An application to reissue must be filed within 30 calendar days of the change (Rules, paragraph 5).");

const COMMON_GROUNDS_TAIL: [super::types::Choice; 5] = [
    choice("alienation", "Alienation by the licensee of the license issued under the class \"permits issued to objects\", together with the object in favor of third parties in cases where alienation of the license is provided for by Annex 1 to the Law of the Republic of Kazakhstan \"On permissions and notifications\""),
    choice("object-address", "Change of the address of the location of the object without its physical movement"),
    choice("required-by-law", "A requirement for re-registration in the laws of the Republic of Kazakhstan"),
    choice("activity-name", "Change of the name of the type of activity"),
    choice("subtype-name", "Change of the name of the subtype of activity"),
];

pub const LEGAL_GROUNDS: Field = Field::new(
    "grounds",
    "Grounds for the reissue",
    MultiChoice(&[
        choice("reorganization", "Reorganization of the legal entity-licensee in accordance with the procedure determined by Article 34 of the Law of the Republic of Kazakhstan \"On permissions and notifications\""),
        choice("entity-name", "Change of the name of a legal entity-licensee"),
        choice("entity-location", "Change of the location of a legal entity-licensee"),
        COMMON_GROUNDS_TAIL[0],
        COMMON_GROUNDS_TAIL[1],
        COMMON_GROUNDS_TAIL[2],
        COMMON_GROUNDS_TAIL[3],
        COMMON_GROUNDS_TAIL[4],
    ]),
    "in accordance with the following ground(s)",
);
// The translation's "reorganization" among the kinds of reorganization stands for transformation.
pub const REORGANIZATION_KIND: Field = Field::new(
    "reorganization-kind",
    "Reorganization through",
    Choice(&[
        choice("merger", "Merger"),
        choice("transformation", "Transformation"),
        choice("accession", "Accession"),
        choice("spin-off", "Spin-off"),
        choice("division", "Division"),
    ]),
    "merger",
)
.when(Condition::FieldHas { field: "grounds", value: "reorganization" });
pub const INDIVIDUAL_GROUNDS: Field = Field::new(
    "grounds",
    "Grounds for the reissue",
    MultiChoice(&[
        choice("name-change", "Change of surname, name, patronymic (if any) of the individual licensee"),
        choice("entrepreneur-name", "Re-registration of an individual entrepreneur-licensee, change of its name"),
        choice("entrepreneur-address", "Re-registration of an individual entrepreneur-licensee, change of its legal address"),
        COMMON_GROUNDS_TAIL[0],
        COMMON_GROUNDS_TAIL[1],
        COMMON_GROUNDS_TAIL[2],
        COMMON_GROUNDS_TAIL[3],
        COMMON_GROUNDS_TAIL[4],
    ]),
    "in accordance with the following ground(s)",
);

// Qualification information (Annex 4/5 of Rules 1–3, Annex 4 of Rules 8).
pub const fn recipient_info(id: &'static str) -> Field {
    Field::new(id, "Information about the service recipient", LongText, "information about the service recipient")
        .optional()
        .help("Surname, name, patronymic (if any) and IIN of an individual, or the date and number of the certificate of state registration (re-registration) of a legal entity. The provider also receives these data itself from state information systems.")
}
pub const fn premise(id: &'static str) -> Field {
    Field::new(id, "Specially allocated premise", LongText, "availability of a specially allocated premise").help(
        "Documents confirming ownership or another legal ground, and the agreement(s) on security and fire alarm services with specialised organisation(s): registration numbers and dates, names of the organisations. Attach copies.",
    )
}
pub const SPECIALIST_COLUMNS: [Field; 5] = [
    Field::new("specialty", "Specialty and qualification", Text, "specialty and qualification"),
    Field::new("diploma-number", "Diploma number", Text, "number"),
    Field::new("diploma-date", "Date of issue", PastDate, "date"),
    Field::new("diploma-place", "Place of issue", Text, "place of issue"),
    Field::new("institution", "Educational institution", Text, "name of educational institution"),
];
/// "Information about the declared specialist(s) who have …": one row per specialist.
pub const fn specialists(id: &'static str, title: &'static str, seed: &'static str) -> Table {
    Table { id, title, row_label: "Specialist", columns: &SPECIALIST_COLUMNS, min_rows: 1, seed: Some(seed) }
}

/// An option of a choice field (the variant `Choice` of `FieldKind` takes the short name here).
pub const fn choice(id: &'static str, label: &'static str) -> super::types::Choice {
    super::types::Choice { id, label }
}
