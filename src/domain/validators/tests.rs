use super::*;
use proptest::prelude::*;

/// Builds a valid 12-digit number from its first 11 digits, or None where no control digit fits.
fn with_control(first11: &str) -> Option<String> {
    (0..10).map(|c| format!("{first11}{c}")).find(|s| twelve_digits(s).is_ok())
}

#[test]
fn iin_checksum_and_hints() {
    let valid = with_control("90010230012").unwrap();
    assert_eq!(iin(&valid).unwrap().hints, vec![]);
    assert_eq!(iin(&format!(" {} ", &valid)).unwrap().value, valid);
    let mut wrong = valid.clone();
    let last = wrong.pop().unwrap().to_digit(10).unwrap();
    wrong.push(char::from_digit((last + 1) % 10, 10).unwrap());
    assert_eq!(iin(&wrong).unwrap_err(), Invalid::IdChecksum);
    assert_eq!(iin("12345").unwrap_err(), Invalid::IdLength);
    assert_eq!(iin("").unwrap_err(), Invalid::Required);
    assert_eq!(iin("abcdefghijkl").unwrap_err(), Invalid::IdLength);
    // 31 February cannot be a birth date: accepted, with a hint (allowed since 2013).
    let odd = with_control("90023130012").unwrap();
    assert_eq!(iin(&odd).unwrap().hints, vec![Hint::IinBirthDateUnusual]);
}

#[test]
fn second_weighting_is_used_when_the_first_gives_ten() {
    // Find an 11-digit prefix whose first sum mod 11 is 10, then check the second weights decide.
    let first = |p: &str| p.chars().enumerate().map(|(i, c)| c.to_digit(10).unwrap() * (i as u32 + 1)).sum::<u32>() % 11;
    let second = |p: &str| p.chars().zip([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]).map(|(c, w)| c.to_digit(10).unwrap() * w).sum::<u32>() % 11;
    let prefix = (0..10_000u32).map(|n| format!("9001023{n:04}")).find(|p| first(p) == 10 && second(p) != 10).unwrap();
    let control = second(&prefix);
    assert!(iin(&format!("{prefix}{control}")).is_ok());
    assert_eq!(iin(&format!("{prefix}{}", (control + 1) % 10)).unwrap_err(), Invalid::IdChecksum);
    // Where both sums give 10 no control digit is valid.
    let hopeless = (0..10_000u32).map(|n| format!("9001023{n:04}")).find(|p| first(p) == 10 && second(p) == 10).unwrap();
    assert!((0..10).all(|c| iin(&format!("{hopeless}{c}")).is_err()));
}

#[test]
fn bin_checks_type_and_tells_an_iin_apart() {
    let resident = with_control("15044001234").unwrap();
    assert_eq!(bin(&resident).unwrap().hints, vec![]);
    let branch = with_control("15044101234").unwrap();
    assert_eq!(bin(&branch).unwrap().hints, vec![Hint::BinOfBranch]);
    let foreign = with_control("15045001234").unwrap();
    assert_eq!(bin(&foreign).unwrap().hints, vec![Hint::BinOfNonResident]);
    let an_iin = with_control("90010230012").unwrap();
    assert_eq!(bin(&an_iin).unwrap_err(), Invalid::BinNotIin);
    assert_eq!(iin(&resident).unwrap_err(), Invalid::IinNotBin);
}

#[test]
fn iban_mod_97() {
    assert_eq!(iban("KZ86125KZT5004100100").unwrap(), "KZ86125KZT5004100100");
    assert_eq!(iban("kz86 125k zt50 0410 0100").unwrap(), "KZ86125KZT5004100100");
    assert_eq!(iban("KZ87125KZT5004100100").unwrap_err(), Invalid::Iban);
    assert_eq!(iban("DE89370400440532013000").unwrap_err(), Invalid::Iban);
    assert_eq!(iban("KZ86").unwrap_err(), Invalid::Iban);
    // Twenty bytes, but with a two-byte letter where the bank code is.
    assert_eq!(iban("KZ8612é500410010010").unwrap_err(), Invalid::Iban);
}

#[test]
fn phones_normalize_to_e164() {
    assert_eq!(phone("8 701 123 45 67").unwrap(), "+77011234567");
    assert_eq!(phone("+7 (717) 276-49-49").unwrap(), "+77172764949");
    assert_eq!(phone("7011234567").unwrap(), "+77011234567");
    assert_eq!(phone("+1 202 555 0100").unwrap_err(), Invalid::Phone);
    assert_eq!(phone("8 601 123 45 67").unwrap_err(), Invalid::Phone);
    assert_eq!(phone("call me").unwrap_err(), Invalid::Phone);
    assert_eq!(phone("+7+7011234567").unwrap_err(), Invalid::Phone);
}

#[test]
fn postal_emails_codes_countries_dates() {
    assert_eq!(postal_code("010000").unwrap(), "010000");
    assert_eq!(postal_code("a01p3k4").unwrap(), "A01P3K4");
    assert_eq!(postal_code("01000").unwrap_err(), Invalid::PostalCode);
    assert_eq!(email("a.b@knb.kz").unwrap(), "a.b@knb.kz");
    for bad in ["a@b", "@knb.kz", "a b@knb.kz", "a@@knb.kz", "a@knb..kz"] {
        assert_eq!(email(bad).unwrap_err(), Invalid::Email, "{bad}");
    }
    assert_eq!(commodity_code("8543 70 900 0").unwrap(), "8543709000");
    assert_eq!(commodity_code("854370").unwrap_err(), Invalid::CommodityCode);
    assert_eq!(eaeu_member("belarus").unwrap(), "Belarus");
    assert_eq!(eaeu_member("China").unwrap_err(), Invalid::NotEaeuMember);
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    assert!(past_date("2026-12-03", today).is_ok());
    assert_eq!(past_date("2026-12-04", today).unwrap_err(), Invalid::DateInFuture);
    assert_eq!(date("2026-02-30").unwrap_err(), Invalid::Date);
    assert_eq!(positive_number("0").unwrap_err(), Invalid::Number);
    assert_eq!(positive_number("12").unwrap(), 12);
}

proptest! {
    #[test]
    fn validators_never_panic(s in "\\PC{0,40}") {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let _ = (iin(&s), bin(&s), iban(&s), email(&s), phone(&s), postal_code(&s), commodity_code(&s), eaeu_member(&s), date(&s), past_date(&s, today), positive_number(&s));
    }

    #[test]
    fn digit_strings_never_panic(s in "[0-9 +()-]{0,30}") {
        let _ = (iin(&s), bin(&s), phone(&s), iban(&format!("KZ{s}")));
    }

    #[test]
    fn a_changed_digit_breaks_the_checksum(prefix in "[0-9]{11}", pos in 0usize..10, delta in 1u32..10) {
        if let Some(valid) = with_control(&prefix) {
            let mut digits: Vec<u32> = valid.chars().map(|c| c.to_digit(10).unwrap()).collect();
            digits[pos] = (digits[pos] + delta) % 10;
            let changed: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
            // A change in digits 1–10 is caught by the first weighted sum (weights 1–10 are units
            // mod 11; the 11th weight is 0 mod 11), unless either number falls through to the second.
            let first: u32 = digits[..11].iter().enumerate().map(|(i, d)| d * (i as u32 + 1)).sum::<u32>() % 11;
            let original_first: u32 = valid.chars().take(11).enumerate().map(|(i, c)| c.to_digit(10).unwrap() * (i as u32 + 1)).sum::<u32>() % 11;
            if first != 10 && original_first != 10 {
                prop_assert!(twelve_digits(&changed).is_err());
            }
        }
    }
}
