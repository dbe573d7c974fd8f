package nl.langerthuis.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded store's Bolt password: generated once per store and kept in its data folder in a
 * file only its owner may read, so that tools on the same machine can log in and nobody else can.
 */
final class BoltPassword {
  private BoltPassword() {}

  static String ofStore(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the Bolt password in " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      return;
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
  }
}
