import Foundation

/// Comma-separated values as RFC 4180 writes them, and as spreadsheets and LMS exports do: the table of
/// a roster, a gradebook, a Canvas export and a Moodle import.
public enum CSVTable {
    /// The rows of `text`: fields split at commas, quoted fields unquoted (`""` is one quote, and a
    /// quoted field may hold commas and line breaks), lines ended by LF or CRLF. A leading byte-order mark
    /// (Excel's and Canvas's exports start with one) is dropped, and so are blank lines.
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending = iterator.next()
        func endRow() {
            row.append(field)
            field = ""
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r" where pending == "\n":
                continue
            case "\n", "\r": endRow()
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }

    /// The text of `rows`: a field is quoted when it holds a comma, a quote, a line break or leading or
    /// trailing spaces; lines end with CRLF, as RFC 4180 and spreadsheets expect.
    public static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(quote).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func quote(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) } || field.first == " " || field.last == " "
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
