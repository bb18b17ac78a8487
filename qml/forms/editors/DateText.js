.pragma library
// Dates between what a person types (day first: 08/12/2026 13:05) and what the form stores (ISO: 2026-12-08,
// 2026-12-08T13:05). Anything that does not read as a date is passed on as typed, for the form's check to name.

function pad(n) { return (n < 10 ? "0" : "") + Number(n) }

function isoDate(d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) }

// "2026-12-08" or "2026-12-08 13:05" (the form's shown value) → "08/12/2026" / "08/12/2026 13:05".
function dateShown(v) {
    if (v === undefined || v === null)
        return ""
    var s = String(v)
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(s)
    if (!m)
        return s
    return m[3] + "/" + m[2] + "/" + m[1] + (m[4] !== undefined ? " " + m[4] + ":" + m[5] : "")
}

// "8/12/2026" → "2026-12-08"; "8/12/2026 9:05" → "2026-12-08T09:05"; an ISO date stays as it is.
function dateStored(t) {
    var s = String(t).trim()
    var m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(s)
    if (m)
        return m[3] + "-" + pad(m[2]) + "-" + pad(m[1]) + (m[4] !== undefined ? "T" + pad(m[4]) + ":" + m[5] : "")
    return s.replace(" ", "T")
}

// "martedì 8 dicembre 2026" in the UI's language (format: Locale.LongFormat, from the caller: a .pragma library
// script cannot see the Locale enum), or "" for what is not a date.
function inWords(v, locale, format) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v === undefined || v === null ? "" : String(v))
    if (!m)
        return ""
    var d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
    return d.toLocaleDateString(locale, format)
}
