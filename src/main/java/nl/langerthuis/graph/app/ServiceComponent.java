package nl.langerthuis.graph.app;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SourceTexts;
import nl.langerthuis.graph.server.GraphServer;
import nl.langerthuis.graph.server.ServerConfig;
import nl.langerthuis.graph.server.WebAccess;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;

/** The service's object graph: store, GraphQL and HTTP server, wired at compile time. */
@Singleton
@Component(modules = StoreModule.class)
public interface ServiceComponent {
  GraphStore store();

  GraphQLService graphQL();

  GraphServer server();

  @Component.Builder
  interface Builder {
    @BindsInstance
    Builder store(StoreConfig config);

    @BindsInstance
    Builder server(ServerConfig config);

    @BindsInstance
    Builder limits(QueryLimits limits);

    @BindsInstance
    Builder queries(SavedQueries.QueryLibrary library);

    @BindsInstance
    Builder access(WebAccess access);

    @BindsInstance
    Builder documents(SourceTexts.Folder documents);

    ServiceComponent build();
  }

  static ServiceComponent create(
      StoreConfig store,
      ServerConfig server,
      QueryLimits limits,
      SavedQueries.QueryLibrary queries) {
    return create(store, server, limits, queries, WebAccess.OPEN, new SourceTexts.Folder(null));
  }

  static ServiceComponent create(
      StoreConfig store,
      ServerConfig server,
      QueryLimits limits,
      SavedQueries.QueryLibrary queries,
      WebAccess access,
      SourceTexts.Folder documents) {
    return DaggerServiceComponent.builder()
        .store(store)
        .server(server)
        .limits(limits)
        .queries(queries)
        .access(access)
        .documents(documents)
        .build();
  }
}
