// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.IO;
using SecureAiStudio.Sdk.Internal;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// A file part of a <c>multipart/form-data</c> upload. Its content type is the one given, else the
    /// file name's (<c>.png</c>, <c>.jpg</c>, <c>.jpeg</c>, <c>.webp</c>), else the one the bytes' magic
    /// number shows (PNG, JPEG, WebP); when none tells, the upload fails with an
    /// <see cref="ArgumentException"/> naming the parameter, before anything is sent (R9.3).
    /// </summary>
    /// <example>
    /// <code>
    /// var asset = await client.Assets.UploadReferenceImageAsync(FileUpload.FromFile("cat.png"));
    /// </code>
    /// </example>
    public sealed class FileUpload
    {
        private readonly string _givenContentType;
        private readonly string _givenFileName;

        /// <summary>Wraps a readable stream; the SDK reads it once and does not dispose it.</summary>
        /// <param name="content">The bytes to send.</param>
        /// <param name="fileName">File name for the part (default <c>file</c>); its extension may tell the content type.</param>
        /// <param name="contentType">Media type of the part; null to infer it from the file name or the bytes.</param>
        public FileUpload(Stream content, string fileName = null, string contentType = null)
        {
            if (content == null) throw new ArgumentNullException("content");
            Content = content;
            _givenFileName = fileName;
            _givenContentType = string.IsNullOrEmpty(contentType) ? null : contentType;
            // R9.3: without a caller's name the part is still a file part, named "file".
            FileName = string.IsNullOrEmpty(fileName) ? "file" : fileName;
        }

        /// <summary>Wraps bytes already in memory; the content type is inferred when not given.</summary>
        public static FileUpload FromBytes(byte[] data, string fileName = null, string contentType = null)
        {
            if (data == null) throw new ArgumentNullException("data");
            return new FileUpload(new MemoryStream(data, false), fileName, contentType) { _bytes = data };
        }

        /// <summary>Reads a file from disk into memory; the content type is inferred from its name or bytes when not given.</summary>
        public static FileUpload FromFile(string path, string contentType = null)
        {
            if (path == null) throw new ArgumentNullException("path");
            return FromBytes(File.ReadAllBytes(path), Path.GetFileName(path), contentType);
        }

        /// <summary>The bytes to send.</summary>
        public Stream Content { get; private set; }

        /// <summary>File name sent in the part's Content-Disposition.</summary>
        public string FileName { get; private set; }

        /// <summary>
        /// Media type of the part: the one given, else the file name's, else the bytes' (once read);
        /// null while none tells.
        /// </summary>
        public string ContentType
        {
            get
            {
                byte[] bytes;
                lock (_gate) bytes = _bytes;
                return UploadContentType.Resolve(_givenContentType, _givenFileName, bytes);
            }
        }

        private readonly object _gate = new object();
        private byte[] _bytes;

        /// <summary>
        /// The content, read from <see cref="Content"/> once and kept, so that a retried upload
        /// re-sends the same bytes (R3.7) although the stream can be read only once.
        /// </summary>
        internal byte[] ReadBytesOnce()
        {
            lock (_gate)
            {
                if (_bytes == null)
                {
                    var buffer = new MemoryStream();
                    Content.CopyTo(buffer);
                    _bytes = buffer.ToArray();
                }
                return _bytes;
            }
        }

        /// <summary>The content type to send, reading the content when only its bytes can tell; null when unknown.</summary>
        internal string ResolveContentType()
        {
            return UploadContentType.Resolve(_givenContentType, _givenFileName, _givenContentType == null && UploadContentType.FromFileName(_givenFileName) == null ? ReadBytesOnce() : null);
        }
    }
}
