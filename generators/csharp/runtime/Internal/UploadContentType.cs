// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.IO;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// R9.3: the media type of an uploaded file that the caller did not give: from the file name's
    /// extension, else from the magic number of the bytes. netstandard2.0 has no MIME table
    /// (System.Web's MimeMapping is .NET Framework only), and the API accepts only these images.
    /// </summary>
    internal static class UploadContentType
    {
        /// <summary>The type the extension of <paramref name="fileName"/> names (case-insensitive), or null.</summary>
        public static string FromFileName(string fileName)
        {
            if (string.IsNullOrEmpty(fileName)) return null;
            switch (Path.GetExtension(fileName).ToLowerInvariant())
            {
                case ".png": return "image/png";
                case ".jpg":
                case ".jpeg": return "image/jpeg";
                case ".webp": return "image/webp";
                default: return null;
            }
        }

        /// <summary>The type the first bytes announce (PNG, JPEG, WebP signatures), or null.</summary>
        public static string FromBytes(byte[] bytes)
        {
            if (bytes == null) return null;
            if (StartsWith(bytes, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
            if (StartsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
            // RIFF <size> WEBP
            if (StartsWith(bytes, 0, 0x52, 0x49, 0x46, 0x46) && StartsWith(bytes, 8, 0x57, 0x45, 0x42, 0x50)) return "image/webp";
            return null;
        }

        /// <summary>The caller's type when given, else the file name's, else the bytes'; null when none tells.</summary>
        public static string Resolve(string contentType, string fileName, byte[] bytes)
        {
            if (!string.IsNullOrEmpty(contentType)) return contentType;
            return FromFileName(fileName) ?? FromBytes(bytes);
        }

        private static bool StartsWith(byte[] bytes, int offset, params byte[] signature)
        {
            if (bytes.Length < offset + signature.Length) return false;
            for (var i = 0; i < signature.Length; i++)
            {
                if (bytes[offset + i] != signature[i]) return false;
            }
            return true;
        }
    }
}
