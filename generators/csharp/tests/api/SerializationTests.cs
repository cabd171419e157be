// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): JSON mapping of the generated models.
using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Models;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class SerializationTests
    {
        internal const string ImageJobJson = @"{""id"":""job_01JD8K2M4P6R8T0V2X4Z6B8D0F"",""type"":""image"",""status"":""running"",""progress"":40,
            ""createdAt"":""2026-11-21T10:15:00Z"",""updatedAt"":""2026-11-21T10:16:30+01:00"",""completedAt"":null,""error"":null,
            ""outputAssetIds"":[],""params"":{""prompt"":""A lighthouse"",""width"":1024,""style"":""photographic"",""templateId"":null}}";

        internal const string VideoJobJson = @"{""id"":""job_01JD8K2M4P6R8T0V2X4Z6B8D0G"",""type"":""video"",""status"":""failed"",""progress"":100,
            ""createdAt"":""2026-11-21T10:15:00Z"",""updatedAt"":""2026-11-21T10:15:00Z"",""completedAt"":""2026-11-21T10:20:00Z"",
            ""error"":{""code"":""content_policy"",""message"":""Prompt rejected""},""outputAssetIds"":[""ast_1""],
            ""params"":{""prompt"":""Waves"",""durationSeconds"":8}}";

        [Test]
        public void JobDeserialisesToTheSubclassNamedByTheDiscriminator()
        {
            Job image = SecureAIStudioJson.Deserialize<Job>(ImageJobJson);
            Job video = SecureAIStudioJson.Deserialize<Job>(VideoJobJson);

            Assert.IsInstanceOf<ImageJob>(image);
            Assert.IsInstanceOf<VideoJob>(video);
            var imageJob = (ImageJob)image;
            Assert.AreEqual("A lighthouse", imageJob.Params.Prompt);
            Assert.AreEqual(1024, imageJob.Params.Width);
            Assert.AreEqual(JobStatus.Running, imageJob.Status);
            Assert.AreEqual(new DateTimeOffset(2026, 11, 21, 10, 16, 30, TimeSpan.FromHours(1)), imageJob.UpdatedAt);
            Assert.IsNull(imageJob.CompletedAt);
            var videoJob = (VideoJob)video;
            Assert.AreEqual(8, videoJob.Params.DurationSeconds);
            Assert.AreEqual("content_policy", videoJob.Error.Code);
            Assert.AreEqual(new DateTimeOffset(2026, 11, 21, 10, 20, 0, TimeSpan.Zero), videoJob.CompletedAt);
        }

        [Test]
        public void ListItemsOfAUnionTypeKeepTheirOwnSubclass()
        {
            var list = SecureAIStudioJson.Deserialize<JobList>(@"{""data"":[" + VideoJobJson + "," + ImageJobJson + @"],""nextCursor"":null}");

            Assert.AreEqual(2, list.Data.Count);
            Assert.IsInstanceOf<VideoJob>(list.Data[0]);
            Assert.IsInstanceOf<ImageJob>(list.Data[1]);
            Assert.IsNull(list.NextCursor);
        }

        [Test]
        public void BackupDestinationPicksEachProvider()
        {
            var aws = SecureAIStudioJson.Deserialize<BackupDestination>(@"{""provider"":""aws_s3"",""bucket"":""b"",""region"":""eu-west-1""}");
            var azure = SecureAIStudioJson.Deserialize<BackupDestination>(@"{""provider"":""azure_blob"",""storageAccount"":""acct"",""container"":""c""}");
            var gcs = SecureAIStudioJson.Deserialize<BackupDestination>(@"{""provider"":""gcs"",""bucket"":""g""}");

            Assert.AreEqual("eu-west-1", ((AwsS3Destination)aws).Region);
            Assert.AreEqual("acct", ((AzureBlobDestination)azure).StorageAccount);
            Assert.AreEqual("g", ((GcsDestination)gcs).Bucket);
        }

        [Test]
        public void SubclassesSerialiseTheirDiscriminatorWithoutBeingTold()
        {
            BackupDestination destination = new GcsDestination { Bucket = "backups" };
            var json = JObject.Parse(SecureAIStudioJson.Serialize(new BackupCreate { Destination = destination, Scope = new List<BackupScopeItem> { BackupScopeItem.Templates } }));

            Assert.AreEqual("gcs", (string)json["destination"]["provider"]);
            Assert.AreEqual("backups", (string)json["destination"]["bucket"]);
            Assert.IsNull(json["destination"]["location"], "unset optional properties are omitted");
            Assert.AreEqual("templates", (string)json["scope"][0]);
        }

        [Test]
        public void AnUnknownDiscriminatorValueDecodesToTheBaseTypeWithEveryField()
        {
            // R7.3: a newer server's variant is kept whole, not lost (the validator reports it, see HostileInputTests).
            var destination = SecureAIStudioJson.Deserialize<BackupDestination>(@"{""provider"":""ftp"",""host"":""x"",""prefix"":""p/""}");

            Assert.AreEqual(typeof(BackupDestination), destination.GetType());
            Assert.AreEqual("ftp", destination.Provider, "a common property of every variant");
            Assert.AreEqual("p/", destination.Prefix);
            Assert.AreEqual("x", (string)destination.AdditionalProperties["host"]);
            Assert.IsTrue(JToken.DeepEquals(JObject.Parse(@"{""provider"":""ftp"",""host"":""x"",""prefix"":""p/""}"), JObject.Parse(SecureAIStudioJson.Serialize(destination))),
                "written back as received");
        }

        [Test]
        public void AMissingDiscriminatorDecodesToTheBaseType()
        {
            var job = SecureAIStudioJson.Deserialize<Job>(@"{""id"":""job_1""}");

            Assert.AreEqual(typeof(Job), job.GetType());
            Assert.AreEqual("job_1", job.Id);
            Assert.IsNull(job.Type);
        }

        [Test]
        public void UnknownEnumValuesAreKeptNotRejected()
        {
            var job = (ImageJob)SecureAIStudioJson.Deserialize<Job>(ImageJobJson.Replace(@"""running""", @"""paused_for_review"""));

            Assert.AreEqual("paused_for_review", job.Status.Value);
            Assert.IsFalse(job.Status.IsKnown);
            Assert.AreNotEqual(JobStatus.Running, job.Status);
            Assert.IsTrue(JobStatus.Running.IsKnown);
            StringAssert.Contains(@"""status"":""paused_for_review""", SecureAIStudioJson.Serialize(job), "the raw value survives a round trip");
        }

        [Test]
        public void RequiredPropertiesAreEnforced()
        {
            var e = Assert.Throws<JsonSerializationException>(() =>
                SecureAIStudioJson.Deserialize<Job>(ImageJobJson.Replace(@"""progress"":40,", "")));

            StringAssert.Contains("progress", e.Message);
            Assert.Throws<JsonSerializationException>(() => SecureAIStudioJson.Serialize(new ImageJobRequest()), "prompt is required");
        }

        [Test]
        public void SingleValueDiscriminatorsAreFilledIn()
        {
            var json = JObject.Parse(SecureAIStudioJson.Serialize(new PasswordGrant { Username = "ada", Password = "pw" }));

            Assert.AreEqual("password", (string)json["grantType"]);
            Assert.IsNull(json["scope"]);
        }

        [Test]
        public void CalendarDatesAreWrittenAndReadAsDatesOnly()
        {
            var request = new ComplianceReportRequest
            {
                Framework = ComplianceFramework.Soc2,
                PeriodStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                PeriodEnd = new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero),
            };
            var json = JObject.Parse(SecureAIStudioJson.Serialize(request));
            var back = SecureAIStudioJson.Deserialize<ComplianceReportRequest>(@"{""framework"":""gdpr"",""periodStart"":""2026-02-01"",""periodEnd"":""2026-02-28""}");

            Assert.AreEqual("2026-01-01", (string)json["periodStart"]);
            Assert.AreEqual("2026-03-31", (string)json["periodEnd"]);
            Assert.AreEqual(new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero), back.PeriodEnd);
            Assert.AreEqual(ComplianceFramework.Gdpr, back.Framework);
            Assert.Throws<JsonSerializationException>(() => SecureAIStudioJson.Deserialize<ComplianceReportRequest>(
                @"{""framework"":""gdpr"",""periodStart"":""02/01/2026"",""periodEnd"":""2026-02-28""}"));
        }

        [Test]
        public void OptionalNullsAreOmittedAndEnumsWrittenAsStrings()
        {
            var json = JObject.Parse(SecureAIStudioJson.Serialize(new ImageJobRequest { Prompt = "p", Style = ImageStyle.Photographic, Seed = 42 }));

            Assert.AreEqual("photographic", (string)json["style"]);
            Assert.AreEqual(42L, (long)json["seed"]);
            Assert.IsNull(json["width"]);
            Assert.IsNull(json["templateId"]);
        }
    }
}
