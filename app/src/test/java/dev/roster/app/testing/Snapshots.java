package dev.roster.app.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNG snapshots of what a UI test sees, for a person to look at: written only when asked
 * ({@code -Droster.snapshots=DIR}), so ordinary runs write nothing.
 */
public final class Snapshots {
    private Snapshots() {
    }

    public static void save(Scene scene, String name) {
        String dir = System.getProperty("roster.snapshots");
        if (dir == null || dir.isBlank() || scene == null) {
            return;
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), () -> image.set(scene.snapshot(null)));
        int w = (int) image.get().getWidth();
        int h = (int) image.get().getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.get().getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
