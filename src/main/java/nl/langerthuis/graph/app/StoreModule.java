package nl.langerthuis.graph.app;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import nl.langerthuis.graph.server.GraphServer;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;

/** Opens the graph store once per process; the component's owner closes it. */
@Module
interface StoreModule {
  @Provides
  @Singleton
  static GraphStore store(StoreConfig config) {
    return GraphStore.open(config);
  }

  @Provides
  static GraphServer.HealthCheck health(GraphStore store) {
    return store::healthReport;
  }
}
