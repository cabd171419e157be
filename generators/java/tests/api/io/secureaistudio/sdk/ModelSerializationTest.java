package io.secureaistudio.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.secureaistudio.sdk.model.AwsS3Destination;
import io.secureaistudio.sdk.model.BackupDestination;
import io.secureaistudio.sdk.model.GcsDestination;
import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.ImageJobRequest;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobList;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.VideoJob;
import io.secureaistudio.sdk.runtime.Json;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** JSON (de)serialisation of the generated models, polymorphic types in particular. */
class ModelSerializationTest {
  static final String IMAGE_JOB = "{\"id\":\"job_abcdefgh12\",\"type\":\"image\",\"status\":\"running\","
      + "\"progress\":40,\"createdAt\":\"2026-01-02T03:04:05Z\",\"updatedAt\":\"2026-01-02T03:04:06+01:00\","
      + "\"completedAt\":null,\"error\":null,\"outputAssetIds\":[],\"params\":{\"prompt\":\"a red fox\"}}";
  static final String VIDEO_JOB = IMAGE_JOB.replace("\"type\":\"image\"", "\"type\":\"video\"")
      .replace("\"params\":{\"prompt\":\"a red fox\"}", "\"params\":{\"prompt\":\"a red fox\",\"durationSeconds\":4}");

  private final Json json = new Json();

  private <T> T read(String text, TypeReference<T> type) throws Exception {
    return json.read(text.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void jobIsReadAsTheSubtypeNamedByItsDiscriminator() throws Exception {
    Job image = read(IMAGE_JOB, new TypeReference<Job>() {});
    Job video = read(VIDEO_JOB, new TypeReference<Job>() {});
    ImageJob imageJob = assertInstanceOf(ImageJob.class, image);
    assertInstanceOf(VideoJob.class, video);
    assertEquals("job_abcdefgh12", imageJob.getId());
    assertEquals(JobStatus.RUNNING, imageJob.getStatus());
    assertEquals(40, imageJob.getProgress());
    assertEquals(OffsetDateTime.parse("2026-01-02T03:04:06+01:00"), imageJob.getUpdatedAt());
    assertEquals("a red fox", imageJob.getParams().getPrompt());
    assertNull(imageJob.getCompletedAt());
  }

  @Test
  void listsOfJobsKeepEachSubtype() throws Exception {
    JobList list = read("{\"data\":[" + IMAGE_JOB + "," + VIDEO_JOB + "],\"nextCursor\":\"c2\"}", new TypeReference<JobList>() {});
    assertEquals(2, list.getData().size());
    assertInstanceOf(ImageJob.class, list.getData().get(0));
    assertInstanceOf(VideoJob.class, list.getData().get(1));
    assertEquals("c2", list.getNextCursor());
  }

  @Test
  void serialisedSubtypeCarriesItsDiscriminatorOnce() throws Exception {
    Job job = read(IMAGE_JOB, new TypeReference<Job>() {});
    JsonNode tree = json.mapper().readTree(json.write(job));
    assertEquals("image", tree.get("type").asText());
    assertEquals(40, tree.get("progress").asInt());
    assertEquals(1, countFields(tree, "type"));
  }

  private static int countFields(JsonNode node, String name) {
    int n = 0;
    for (var it = node.fieldNames(); it.hasNext(); ) if (it.next().equals(name)) n++;
    return n;
  }

  @Test
  void backupDestinationsAreRealSubtypes() throws Exception {
    BackupDestination aws = read("{\"provider\":\"aws_s3\",\"bucket\":\"my-backups\",\"region\":\"eu-west-1\"}",
        new TypeReference<BackupDestination>() {});
    AwsS3Destination s3 = assertInstanceOf(AwsS3Destination.class, aws);
    assertEquals("my-backups", s3.getBucket());
    assertEquals("eu-west-1", s3.getRegion());
    BackupDestination gcs = read("{\"provider\":\"gcs\",\"bucket\":\"b-1\",\"region\":\"europe-west4\"}",
        new TypeReference<BackupDestination>() {});
    assertInstanceOf(GcsDestination.class, gcs);
  }

  @Test
  void newerServersDoNotBreakOldClients() throws Exception {
    String future = IMAGE_JOB.replace("\"status\":\"running\"", "\"status\":\"paused_for_review\"")
        .replace("\"progress\":40,", "\"progress\":40,\"priority\":\"high\",");
    ImageJob job = (ImageJob) read(future, new TypeReference<Job>() {});
    // R7.3: the unknown value is kept as received, not collapsed into a placeholder.
    assertEquals("paused_for_review", job.getStatus().getValue());
    assertFalse(job.getStatus().isKnown());
    assertNotEquals(JobStatus.RUNNING, job.getStatus());
    assertTrue(JobStatus.RUNNING.isKnown());
    assertEquals(JobStatus.RUNNING, JobStatus.fromValue("running"));
    assertTrue(json.mapper().writeValueAsString(job).contains("\"status\":\"paused_for_review\""));
    assertEquals(40, job.getProgress());
  }

  @Test
  void requestBodiesLeaveOutUnsetFields() throws Exception {
    ImageJobRequest request = new ImageJobRequest().prompt("a lighthouse at dusk").width(512);
    JsonNode tree = json.mapper().readTree(json.write(request));
    assertEquals("a lighthouse at dusk", tree.get("prompt").asText());
    assertEquals(512, tree.get("width").asInt());
    assertTrue(!tree.has("negativePrompt") && !tree.has("seed"), tree.toString());
  }
}
