//! Turns domain values into the words shown on screen.
use crate::domain::catalogue::Fee;
use crate::messages::{fill, text, Lang, Msg};

pub fn working_days(n: u32, lang: Lang) -> String {
    fill(text(Msg::WorkingDays, lang), &[("n", &n.to_string())])
}

pub fn fee(fee: Fee, lang: Lang) -> String {
    match fee {
        Fee::Free { .. } => text(Msg::FreeOfCharge, lang).to_owned(),
        Fee::Mci { tenths, .. } => fill(text(Msg::Mci, lang), &[("n", &mci_tenths(tenths))]),
    }
}

/// 200 → "20", 9 → "0.9".
fn mci_tenths(tenths: u32) -> String {
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        frac => format!("{}.{frac}", tenths / 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::citation::Citation;

    #[test]
    fn fees_read_as_the_rules_state_them() {
        let cite = Citation::row(1, 6);
        assert_eq!(fee(Fee::Mci { tenths: 200, cite }, Lang::En), "20 MCI");
        assert_eq!(fee(Fee::Mci { tenths: 9, cite }, Lang::En), "0.9 MCI");
        assert_eq!(fee(Fee::Free { cite }, Lang::En), "Free of charge");
    }
}
