// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;
using System.IO;

namespace SecureAiStudio.Sdk
{
    /// <summary>A file part of a <c>multipart/form-data</c> upload.</summary>
    /// <example>
    /// <code>
    /// var asset = await client.Assets.UploadReferenceImageAsync(FileUpload.FromFile("cat.png", "image/png"));
    /// </code>
    /// </example>
    public sealed class FileUpload
    {
        /// <summary>Wraps a readable stream; the SDK reads it once and does not dispose it.</summary>
        public FileUpload(Stream content, string fileName = null, string contentType = "application/octet-stream")
        {
            if (content == null) throw new ArgumentNullException("content");
            Content = content;
            // R9.3: without a caller's name the part is still a file part, named "file".
            FileName = string.IsNullOrEmpty(fileName) ? "file" : fileName;
            ContentType = string.IsNullOrEmpty(contentType) ? "application/octet-stream" : contentType;
        }

        /// <summary>Wraps bytes already in memory.</summary>
        public static FileUpload FromBytes(byte[] data, string fileName = null, string contentType = "application/octet-stream")
        {
            if (data == null) throw new ArgumentNullException("data");
            return new FileUpload(new MemoryStream(data, false), fileName, contentType) { _bytes = data };
        }

        /// <summary>Reads a file from disk into memory.</summary>
        public static FileUpload FromFile(string path, string contentType = "application/octet-stream")
        {
            if (path == null) throw new ArgumentNullException("path");
            return FromBytes(File.ReadAllBytes(path), Path.GetFileName(path), contentType);
        }

        /// <summary>The bytes to send.</summary>
        public Stream Content { get; private set; }

        /// <summary>File name sent in the part's Content-Disposition.</summary>
        public string FileName { get; private set; }

        /// <summary>Media type of the part, e.g. <c>image/png</c>.</summary>
        public string ContentType { get; private set; }

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
    }
}
