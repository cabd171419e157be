// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// HTTP-date parsing for Retry-After (R3.5, RFC 9110 §5.6.7): the IMF-fixdate
    /// (<c>Sat, 21 Nov 2026 10:00:07 GMT</c>) and the two obsolete forms recipients must accept,
    /// RFC 850 (<c>Saturday, 21-Nov-26 10:00:07 GMT</c>) and asctime (<c>Sat Nov 21 10:00:07 2026</c>),
    /// plus a numeric zone (<c>+0100</c>) and a missing weekday as servers send them. DateTimeOffset's
    /// "r" format knows only the first, so the three shapes are matched here and the fields checked
    /// by the DateTimeOffset constructor (day 32, hour 25 are not dates).
    /// </summary>
    internal static class HttpDate
    {
        private const string Month = "(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
        private const string Time = @"(?<h>[0-9]{2}):(?<m>[0-9]{2}):(?<s>[0-9]{2})";
        private const string Zone = @"(?<zone>GMT|UTC|UT|Z|[+-][0-9]{4})";

        private static readonly Regex ImfFixdate = new Regex(
            @"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(?<day>[0-9]{1,2}) " + Month + @" (?<year>[0-9]{4}) " + Time + " " + Zone + @"\z",
            RegexOptions.CultureInvariant);

        private static readonly Regex Rfc850 = new Regex(
            @"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<day>[0-9]{2})-" + Month + @"-(?<year>[0-9]{2}) " + Time + " " + Zone + @"\z",
            RegexOptions.CultureInvariant);

        private static readonly Regex Asctime = new Regex(
            @"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) " + Month + @" {1,2}(?<day>[0-9]{1,2}) " + Time + @" (?<year>[0-9]{4})\z",
            RegexOptions.CultureInvariant);

        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        /// <summary>The instant, or null when the text is none of the three forms or not a real date.</summary>
        public static DateTimeOffset? Parse(string text, DateTimeOffset now)
        {
            var match = ImfFixdate.Match(text);
            var twoDigitYear = false;
            if (!match.Success)
            {
                match = Rfc850.Match(text);
                twoDigitYear = match.Success;
            }
            if (!match.Success) match = Asctime.Match(text);
            if (!match.Success) return null;
            var year = Number(match, "year");
            if (twoDigitYear)
            {
                // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
                year += now.UtcDateTime.Year / 100 * 100;
                if (year > now.UtcDateTime.Year + 50) year -= 100;
            }
            var offset = TimeSpan.Zero;
            var zone = match.Groups["zone"];
            if (zone.Success && (zone.Value[0] == '+' || zone.Value[0] == '-'))
            {
                var minutes = int.Parse(zone.Value.Substring(1, 2), CultureInfo.InvariantCulture) * 60 + int.Parse(zone.Value.Substring(3, 2), CultureInfo.InvariantCulture);
                if (minutes >= 24 * 60) return null;
                offset = TimeSpan.FromMinutes(zone.Value[0] == '-' ? -minutes : minutes);
            }
            try
            {
                return new DateTimeOffset(year, Array.IndexOf(Months, match.Groups["month"].Value) + 1, Number(match, "day"),
                    Number(match, "h"), Number(match, "m"), Number(match, "s"), offset);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        private static int Number(Match match, string group)
        {
            return int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        }
    }
}
