// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// A parsed <c>Content-Range</c> response header (R9.2): <c>bytes 0-1023/146515</c> →
    /// Unit <c>bytes</c>, Start 0, End 1023, Size 146515; <c>bytes 0-9/*</c> has no Size (unknown);
    /// <c>bytes */100</c> (the answer to an unsatisfiable range) has a Size but no Start and End.
    /// </summary>
    public sealed class ContentRange
    {
        private static readonly Regex Pattern = new Regex(@"^([!#$%&'*+\-.^_`|~0-9A-Za-z]+) (?:([0-9]+)-([0-9]+)|(\*))/([0-9]+|\*)\z", RegexOptions.CultureInvariant);

        private ContentRange(string unit, long? start, long? end, long? size)
        {
            Unit = unit;
            Start = start;
            End = end;
            Size = size;
        }

        /// <summary>The range unit, e.g. <c>bytes</c>.</summary>
        public string Unit { get; private set; }

        /// <summary>First position sent; null for an unsatisfied range (<c>bytes */100</c>).</summary>
        public long? Start { get; private set; }

        /// <summary>Inclusive end; null for an unsatisfied range.</summary>
        public long? End { get; private set; }

        /// <summary>Complete length of the resource, or null when the server sent <c>*</c>.</summary>
        public long? Size { get; private set; }

        /// <summary>
        /// The parsed header, or null when it is absent or not a valid Content-Range (start after end,
        /// end at or past a known size, <c>*/*</c>, numbers too large, anything else).
        /// </summary>
        public static ContentRange Parse(string header)
        {
            if (header == null) return null;
            var m = Pattern.Match(header.Trim());
            if (!m.Success) return null;
            long? size = null;
            if (m.Groups[5].Value != "*")
            {
                long known;
                if (!long.TryParse(m.Groups[5].Value, NumberStyles.None, CultureInfo.InvariantCulture, out known)) return null;
                size = known;
            }
            if (m.Groups[4].Success)
            {
                // "*/N": an unsatisfied range must name the size.
                return size.HasValue ? new ContentRange(m.Groups[1].Value, null, null, size) : null;
            }
            long start, end;
            if (!long.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out start)
                || !long.TryParse(m.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out end))
            {
                return null;
            }
            if (end < start || (size.HasValue && end >= size.Value)) return null;
            return new ContentRange(m.Groups[1].Value, start, end, size);
        }

        /// <summary>The header form, e.g. <c>bytes 0-9/100</c> or <c>bytes */100</c>.</summary>
        public override string ToString()
        {
            var size = Size.HasValue ? Size.Value.ToString(CultureInfo.InvariantCulture) : "*";
            return Start.HasValue
                ? Unit + " " + Start.Value.ToString(CultureInfo.InvariantCulture) + "-" + End.Value.ToString(CultureInfo.InvariantCulture) + "/" + size
                : Unit + " */" + size;
        }
    }

    /// <summary>Builds a <c>Range</c> request header value for binary downloads (R9.2).</summary>
    /// <example><code>var head = await client.Assets.DownloadAssetContentAsync(assetId, range: ByteRange.Of(0, 1023));</code></example>
    public static class ByteRange
    {
        /// <summary><c>bytes=start-end</c> (<paramref name="end"/> inclusive), or <c>bytes=start-</c> without an end.</summary>
        public static string Of(long start, long? end = null)
        {
            if (start < 0) throw new ArgumentOutOfRangeException("start", start, "ByteRange start must be >= 0.");
            if (end.HasValue && end.Value < start) throw new ArgumentOutOfRangeException("end", end, "ByteRange end must be >= start (" + start + ").");
            return "bytes=" + start.ToString(CultureInfo.InvariantCulture) + "-" + (end.HasValue ? end.Value.ToString(CultureInfo.InvariantCulture) : string.Empty);
        }
    }
}
