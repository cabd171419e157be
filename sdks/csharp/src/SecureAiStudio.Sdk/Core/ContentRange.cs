// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// A parsed <c>Content-Range</c> response header (R9.2): <c>bytes 0-1023/146515</c> →
    /// Unit <c>bytes</c>, Start 0, End 1023, Size 146515 (null for <c>*</c>, an unknown size).
    /// </summary>
    public sealed class ContentRange
    {
        private static readonly Regex Pattern = new Regex(@"^\s*(\w+)\s+(\d+)-(\d+)/(\d+|\*)\s*$");

        private ContentRange(string unit, long start, long end, long? size)
        {
            Unit = unit;
            Start = start;
            End = end;
            Size = size;
        }

        public string Unit { get; private set; }
        public long Start { get; private set; }

        /// <summary>Inclusive end.</summary>
        public long End { get; private set; }

        /// <summary>Complete length of the resource, or null when the server sent <c>*</c>.</summary>
        public long? Size { get; private set; }

        /// <summary>The parsed header, or null when it is absent or not of the form <c>unit start-end/size</c>.</summary>
        public static ContentRange Parse(string header)
        {
            if (header == null) return null;
            var m = Pattern.Match(header);
            if (!m.Success) return null;
            long? size = m.Groups[4].Value == "*" ? (long?)null : long.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            return new ContentRange(m.Groups[1].Value, long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                long.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), size);
        }

        public override string ToString()
        {
            return Unit + " " + Start + "-" + End + "/" + (Size.HasValue ? Size.Value.ToString(CultureInfo.InvariantCulture) : "*");
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
