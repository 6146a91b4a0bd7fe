package dev.bindery.junit;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@WorkerTest("workers/greeter/wrangler.jsonc")
class GreeterStubTests {

  record User(String name, Instant since) {}

  @Test
  void a_record_returned_by_a_stub_reads_as_an_object_with_a_date(WorkerGroup group, @InjectStub("names") ServiceStub names) {
    names.onCall("lookup").withArgs(7).willReturn(new User("Ada", Instant.parse("2025-01-02T03:04:05Z")));

    assertThat(group.fetch(WorkerRequest.get("http://localhost/")))
        .hasJsonBody("{\"hello\": \"Ada\", \"since\": \"2025-01-02T03:04:05.000Z\"}");
  }
}
