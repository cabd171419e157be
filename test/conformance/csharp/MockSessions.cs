// The mock server's contract-mode session API (docs/contracts.md): open a session for one
// contract, later read what it saw.
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SecureAiStudio.Conformance
{
    public sealed class MockSessions : IDisposable
    {
        private readonly string _mockUrl;
        private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        public MockSessions(string mockUrl)
        {
            _mockUrl = mockUrl.TrimEnd('/');
        }

        /// <summary>Opens a session; returns its id and the baseURL the SDK must use.</summary>
        public async Task<Tuple<string, string>> OpenAsync(string contractId)
        {
            var body = new JObject { { "contract", contractId } }.ToString();
            using (var content = new StringContent(body, Encoding.UTF8, "application/json"))
            using (var response = await _http.PostAsync(_mockUrl + "/_contracts/sessions", content).ConfigureAwait(false))
            {
                var json = await ReadAsync(response, "opening a session for " + contractId).ConfigureAwait(false);
                return Tuple.Create((string)json["session"], (string)json["baseURL"]);
            }
        }

        /// <summary>The session report: contract, expected, received, complete, mismatches.</summary>
        public async Task<JObject> ReadAsync(string session)
        {
            using (var response = await _http.GetAsync(_mockUrl + "/_contracts/sessions/" + Uri.EscapeDataString(session)).ConfigureAwait(false))
            {
                return await ReadAsync(response, "reading session " + session).ConfigureAwait(false);
            }
        }

        private static async Task<JObject> ReadAsync(HttpResponseMessage response, string what)
        {
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(what + ": the mock server answered " + (int)response.StatusCode + " "
                    + (text.Length > 300 ? text.Substring(0, 300) : text));
            }
            return JObject.Parse(text);
        }

        public void Dispose()
        {
            _http.Dispose();
        }
    }
}
