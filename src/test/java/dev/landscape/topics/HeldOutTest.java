package dev.landscape.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeldOutTest {
  @Test
  void holdsOutAFixedTenthByIdAndSamplesIndependently() {
    int heldOut = 0;
    int sampled = 0;
    int both = 0;
    for (int i = 0; i < 20_000; i++) {
      String id = String.format(java.util.Locale.ROOT, "24%02d.%05d", 1 + i % 12, i);
      boolean out = HeldOut.isHeldOut(id);
      boolean in = HeldOut.inSample(id, 0.25);
      assertEquals(out, HeldOut.isHeldOut(id), "the same paper is always held out");
      heldOut += out ? 1 : 0;
      sampled += in ? 1 : 0;
      both += out && in ? 1 : 0;
    }
    assertTrue(Math.abs(heldOut - 2_000) < 150, "about a tenth: " + heldOut);
    assertTrue(Math.abs(sampled - 5_000) < 250, "about a quarter: " + sampled);
    assertTrue(Math.abs(both - 500) < 80, "sample and held-out are independent: " + both);
    assertTrue(HeldOut.inSample("anything", 1.0));
  }
}
